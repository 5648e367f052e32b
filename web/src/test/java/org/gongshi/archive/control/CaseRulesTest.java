package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.id.PartyKind;
import org.junit.jupiter.api.Test;

class CaseRulesTest {
  static final Party PERSON =
      new Party(PartyKind.NATURAL_PERSON, "张三", "11010519491231002X", null, null, null, false);
  static final Party COMPANY =
      new Party(
          PartyKind.ORGANISATION, "金华市恒达建材有限公司", null, "91110000802100433B", "王建国", null, false);

  static List<Penalty> fine(String yuan) {
    return List.of(new Penalty(PenaltyKind.FINE, new BigDecimal(yuan), null));
  }

  @Test
  void simpleProcedureAllowsSmallFinesUpToArticle51() {
    assertThatCode(() -> CaseRules.checkPenalties(Procedure.SIMPLE, List.of(PERSON), fine("200")))
        .doesNotThrowAnyException();
    assertThatCode(() -> CaseRules.checkPenalties(Procedure.SIMPLE, List.of(COMPANY), fine("3000")))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> CaseRules.checkPenalties(Procedure.SIMPLE, List.of(PERSON), fine("200.01")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("200");
    assertThatThrownBy(
            () -> CaseRules.checkPenalties(Procedure.SIMPLE, List.of(COMPANY), fine("3001")))
        .hasMessageContaining("3000");
    assertThatThrownBy(
            () ->
                CaseRules.checkPenalties(
                    Procedure.SIMPLE,
                    List.of(COMPANY),
                    List.of(new Penalty(PenaltyKind.REVOKE_LICENCE, null, null))))
        .hasMessageContaining("吊销许可证件");
  }

  @Test
  void amountsBelongToTheKindsThatHaveThem() {
    assertThatThrownBy(
            () ->
                CaseRules.checkPenalties(
                    Procedure.GENERAL,
                    List.of(COMPANY),
                    List.of(new Penalty(PenaltyKind.FINE, null, null))))
        .hasMessageContaining("金额");
    assertThatThrownBy(
            () ->
                CaseRules.checkPenalties(
                    Procedure.GENERAL,
                    List.of(COMPANY),
                    List.of(new Penalty(PenaltyKind.WARNING, new BigDecimal("100"), null))))
        .hasMessageContaining("不应填写金额");
    assertThatThrownBy(
            () -> CaseRules.checkPenalties(Procedure.GENERAL, List.of(COMPANY), fine("10.001")))
        .hasMessageContaining("两位小数");
  }

  @Test
  void generalProcedureNeedsTwoOfficers() {
    assertThatThrownBy(() -> CaseRules.checkOfficers(Procedure.GENERAL, 1))
        .hasMessageContaining("两名");
    assertThatCode(() -> CaseRules.checkOfficers(Procedure.GENERAL, 2)).doesNotThrowAnyException();
    assertThatCode(() -> CaseRules.checkOfficers(Procedure.SIMPLE, 1)).doesNotThrowAnyException();
  }

  @Test
  void milestonesRunInOrderAndTheDecisionComesWithin90DaysAfterNotice() {
    EnforcementCase c = generalCase();
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    m.put(MilestoneKind.FILED, LocalDate.of(2026, 1, 5));
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 2, 1));
    assertThatThrownBy(() -> CaseRules.checkMilestones(c, m)).hasMessageContaining("事先告知");

    m.put(MilestoneKind.ADVANCE_NOTICE, LocalDate.of(2026, 1, 20));
    assertThatCode(() -> CaseRules.checkMilestones(c, m)).doesNotThrowAnyException();

    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 4, 6)); // 91 days
    assertThatThrownBy(() -> CaseRules.checkMilestones(c, m))
        .hasMessageContaining("91日")
        .hasMessageContaining("90日");
    c.recordExtension(30, "局长", "案情复杂");
    assertThatCode(() -> CaseRules.checkMilestones(c, m)).doesNotThrowAnyException();

    m.put(MilestoneKind.SERVED, LocalDate.of(2026, 4, 1));
    assertThatThrownBy(() -> CaseRules.checkMilestones(c, m))
        .isInstanceOf(DomainException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((DomainException) e).field())
                    .isEqualTo("milestones.SERVED"));
  }

  @Test
  void aSealedCaseRefusesEveryChange() {
    EnforcementCase c = generalCase();
    c.close();
    c.seal("officer", Instant.now());
    assertThatThrownBy(() -> c.recordMilestone(MilestoneKind.EXECUTED, LocalDate.now()))
        .isInstanceOf(CaseSealedException.class);
    assertThatThrownBy(() -> c.replacePenalties(List.of())).isInstanceOf(CaseSealedException.class);
    assertThatThrownBy(
            () -> new CaseDocument(c, DocumentType.OTHER, "补充", "officer", Instant.now()))
        .isInstanceOf(CaseSealedException.class);
    assertThatThrownBy(() -> c.seal("officer", Instant.now())).hasMessageContaining("已归档封存");
  }

  @Test
  void aDecisionInsideTheHearingRequestTimeOrBeforeTheStatementTimeIsWarned() {
    EnforcementCase c = generalCase();
    c.replaceParties(List.of(COMPANY));
    c.replacePenalties(fine("200000"));
    // the hearing right comes from the major-decision rules (kept as data): here it is given
    java.util.function.Predicate<LocalDate> hearing = day -> true;
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    m.put(MilestoneKind.FILED, LocalDate.of(2026, 9, 1));
    m.put(MilestoneKind.ADVANCE_NOTICE, LocalDate.of(2026, 9, 10));
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 9, 11));
    org.assertj.core.api.Assertions.assertThat(CaseRules.decisionWindow(m, hearing))
        .contains("听证")
        .contains("1 日");
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 9, 15));
    org.assertj.core.api.Assertions.assertThat(CaseRules.decisionWindow(m, hearing))
        .contains("5 个工作日");
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 9, 17));
    org.assertj.core.api.Assertions.assertThat(CaseRules.decisionWindow(m, hearing)).isNull();
    m.put(MilestoneKind.HEARING, LocalDate.of(2026, 9, 10));
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 9, 11));
    assertThatCode(() -> CaseRules.checkMilestones(c, m)).doesNotThrowAnyException();

    // no hearing right: only the statement time, as a warning
    m.remove(MilestoneKind.HEARING);
    org.assertj.core.api.Assertions.assertThat(CaseRules.decisionWindow(m, day -> false))
        .contains("陈述、申辩");
    m.put(MilestoneKind.DECIDED, LocalDate.of(2026, 9, 13));
    org.assertj.core.api.Assertions.assertThat(CaseRules.decisionWindow(m, day -> false)).isNull();
  }

  @Test
  void aRevokedLicenceGivesAHearingRightWhateverTheRules() {
    org.assertj.core.api.Assertions.assertThat(CaseRules.hearingKind(fine("200000"))).isFalse();
    org.assertj.core.api.Assertions.assertThat(
            CaseRules.hearingKind(List.of(new Penalty(PenaltyKind.REVOKE_LICENCE, null, "吊销许可证"))))
        .isTrue();
  }

  static EnforcementCase generalCase() {
    Agency a = new Agency("金华市金东区综合行政执法局", "金东综执", "11330703MB1234567X", "浙江省金华市金东区");
    return new EnforcementCase(
        a,
        "金东综执立字〔2026〕第1号",
        "占道经营",
        Procedure.GENERAL,
        CaseSource.PATROL,
        "事实",
        "依据",
        "officer",
        Instant.now());
  }
}
