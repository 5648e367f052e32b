package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.review.control.PreChecks.State;
import org.junit.jupiter.api.Test;

/** Each pre-check with a file that trips it and one that does not. */
class PreChecksTest {
  static final WorkingCalendar CAL = WorkingCalendar.standard();
  static final LocalDate FILED = LocalDate.of(2025, 3, 3);
  static final LocalDate NOTICE = LocalDate.of(2025, 3, 20);
  static final LocalDate DECIDED = LocalDate.of(2025, 4, 7);

  /** A clean general-procedure file: two officers, every document, notice well before decision. */
  static CaseFacts clean() {
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    m.put(MilestoneKind.FILED, FILED);
    m.put(MilestoneKind.ADVANCE_NOTICE, NOTICE);
    m.put(MilestoneKind.DECIDED, DECIDED);
    Map<DocumentType, Long> docs = new HashMap<>();
    long id = 1;
    for (DocumentType t : DocumentType.requiredFor(Procedure.GENERAL)) docs.put(t, id++);
    return new CaseFacts(
        Procedure.GENERAL,
        true,
        List.of(PenaltyKind.FINE),
        new BigDecimal("20000"),
        List.of(
            new CaseFacts.OfficerFact("李明", "33000001", LocalDate.of(2028, 12, 31)),
            new CaseFacts.OfficerFact("王芳", "33000002", LocalDate.of(2028, 12, 31))),
        m,
        docs,
        null,
        new CaseFacts.Discretion(false, false, "罚款在“一般”裁量档次范围内"),
        new CaseFacts.Publication(
            true, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 10), null, null, "已公示"),
        new CaseFacts.MajorFact(true, false, ""),
        LocalDate.of(2025, 1, 10),
        LocalDate.of(2026, 12, 6));
  }

  static Map<String, PreChecks.Finding> run(CaseFacts f) {
    Map<String, PreChecks.Finding> out = new HashMap<>();
    PreChecks.run(f, CAL).forEach(x -> out.put(x.code(), x));
    return out;
  }

  static PreChecks.Finding check(CaseFacts f, String code) {
    return run(f).get(code);
  }

  static CaseFacts with(CaseFacts f, MilestoneKind k, LocalDate day) {
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(f.milestones());
    if (day == null) m.remove(k);
    else m.put(k, day);
    return new CaseFacts(
        f.procedure(),
        f.organisationParty(),
        f.penaltyKinds(),
        f.totalFine(),
        f.officers(),
        m,
        f.documents(),
        f.extensionDays(),
        f.discretion(),
        f.publication(),
        f.majorWithoutReview(),
        f.actDay(),
        f.today());
  }

  @Test
  void aCleanFileTripsNothing() {
    assertThat(run(clean()).values()).allMatch(x -> x.state() == State.CLEAR, "all clear");
    assertThat(run(clean())).hasSize(12);
  }

  @Test
  void missingDocuments() {
    var f = clean();
    Map<DocumentType, Long> docs = new HashMap<>(f.documents());
    docs.remove(DocumentType.SERVICE_RECEIPT);
    var g =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            docs,
            null,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    var x = check(g, "DOCUMENTS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).isEqualTo("缺少普通程序必备文书：送达回证");
    assertThat(x.itemCode()).isEqualTo("F2");
  }

  @Test
  void fewerThanTwoOfficersProposesTheVeto() {
    var f = clean();
    var g =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers().subList(0, 1),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    var x = check(g, "OFFICERS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.vetoCode()).isEqualTo("FEWER_THAN_TWO_OFFICERS");
    assertThat(x.evidence()).isEqualTo("办案人员：李明");
  }

  @Test
  void aCertificateExpiredBeforeTheDecision() {
    var f = clean();
    var g =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            List.of(
                f.officers().get(0),
                new CaseFacts.OfficerFact("王芳", "33000002", LocalDate.of(2025, 3, 31))),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    var x = check(g, "CERTIFICATES");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("王芳（证号 33000002，有效期至 2025-03-31）");
    assertThat(x.vetoCode()).isEqualTo("UNQUALIFIED_OFFICER");
  }

  @Test
  void aDecisionAfter90DaysWithoutExtension() {
    var late = with(clean(), MilestoneKind.DECIDED, FILED.plusDays(95));
    assertThat(check(late, "DECISION_DAYS").state()).isEqualTo(State.TRIPPED);
    assertThat(check(late, "DECISION_DAYS").message()).isEqualTo("立案后第 95 日才作出决定，超过 90 日且无延期批准");
    var f = late;
    var extended =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            30,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(extended, "DECISION_DAYS").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void advanceNoticeMissingOrAfterTheDecision() {
    assertThat(check(with(clean(), MilestoneKind.ADVANCE_NOTICE, null), "ADVANCE_NOTICE").state())
        .isEqualTo(State.TRIPPED);
    var after =
        check(with(clean(), MilestoneKind.ADVANCE_NOTICE, DECIDED.plusDays(1)), "ADVANCE_NOTICE");
    assertThat(after.state()).isEqualTo(State.TRIPPED);
    assertThat(after.message()).isEqualTo("事先告知（2025-04-08）不早于处罚决定（2025-04-07）");
  }

  @Test
  void aDecisionInsideTheFiveWorkingDaysAfterNotice() {
    // notice Thu 2025-04-03; 04-04..04-06 Qingming holidays: five working days run to Fri 04-11
    var f =
        with(
            with(clean(), MilestoneKind.ADVANCE_NOTICE, LocalDate.of(2025, 4, 3)),
            MilestoneKind.DECIDED,
            LocalDate.of(2025, 4, 11));
    var x = check(f, "RIGHTS_WINDOW");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("（至 2025-04-11）未满即作出决定");
    assertThat(
            check(with(f, MilestoneKind.DECIDED, LocalDate.of(2025, 4, 14)), "RIGHTS_WINDOW")
                .state())
        .isEqualTo(State.CLEAR);
    var hurriedHearing = with(clean(), MilestoneKind.HEARING, NOTICE.plusDays(3));
    assertThat(check(hurriedHearing, "RIGHTS_WINDOW").message()).contains("不足 7 日的听证通知期");
  }

  @Test
  void aMajorCaseWithoutReviewOrNotConnected() {
    var f = clean();
    var missing =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            new CaseFacts.MajorFact(true, true, "未经法制审核"),
            f.actDay(),
            f.today());
    assertThat(check(missing, "MAJOR_REVIEW").state()).isEqualTo(State.TRIPPED);
    var unknown =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            null,
            f.actDay(),
            f.today());
    assertThat(check(unknown, "MAJOR_REVIEW").state()).isEqualTo(State.NOT_RUN);
    assertThat(check(unknown, "MAJOR_REVIEW").message()).startsWith("未接入");
  }

  @Test
  void aFineOutsideItsLevelWithoutAReason() {
    var f = clean();
    var outside =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            new CaseFacts.Discretion(true, false, "超出“一般”档次 5000–10000 元"),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(outside, "DISCRETION").state()).isEqualTo(State.TRIPPED);
    var reasoned =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            new CaseFacts.Discretion(true, true, "多次违法"),
            f.publication(),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(reasoned, "DISCRETION").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void simpleProcedureBeyondItsLimits() {
    Map<DocumentType, Long> docs =
        Map.of(DocumentType.SIMPLE_DECISION, 1L, DocumentType.EVIDENCE, 2L);
    var f = clean();
    var person500 =
        new CaseFacts(
            Procedure.SIMPLE,
            false,
            List.of(PenaltyKind.FINE),
            new BigDecimal("500"),
            f.officers(),
            f.milestones(),
            docs,
            null,
            null,
            null,
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    var x = check(person500, "SIMPLE_LIMITS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("罚款 500 元超过 200 元");
    var org500 =
        new CaseFacts(
            Procedure.SIMPLE,
            true,
            List.of(PenaltyKind.FINE),
            new BigDecimal("500"),
            f.officers(),
            f.milestones(),
            docs,
            null,
            null,
            null,
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(org500, "SIMPLE_LIMITS").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void publicationLateOrMissing() {
    var f = clean();
    var late =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            new CaseFacts.Publication(
                true, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 20), null, null, "已公示"),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(late, "PUBLICATION").message()).isEqualTo("于 2025-04-20 公示，晚于期限 2025-04-16");
    var never =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            new CaseFacts.Publication(true, LocalDate.of(2025, 4, 16), null, null, null, "待公示"),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(never, "PUBLICATION").state()).isEqualTo(State.TRIPPED);
  }

  @Test
  void withdrawalLate() {
    var f = clean();
    var late =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            new CaseFacts.Publication(
                true,
                LocalDate.of(2025, 4, 16),
                LocalDate.of(2025, 4, 10),
                LocalDate.of(2025, 6, 5),
                LocalDate.of(2025, 6, 9),
                "已撤回"),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(late, "WITHDRAWAL").state()).isEqualTo(State.TRIPPED);
    var onTime =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            new CaseFacts.Publication(
                true,
                LocalDate.of(2025, 4, 16),
                LocalDate.of(2025, 4, 10),
                LocalDate.of(2025, 6, 5),
                LocalDate.of(2025, 6, 4),
                "已撤回"),
            f.majorWithoutReview(),
            f.actDay(),
            f.today());
    assertThat(check(onTime, "WITHDRAWAL").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void limitationExpiredAtFilingOrNotRecorded() {
    var f = clean();
    var old =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            LocalDate.of(2022, 12, 1),
            f.today());
    assertThat(check(old, "LIMITATION").state()).isEqualTo(State.TRIPPED);
    assertThat(check(old, "LIMITATION").vetoCode()).isEqualTo("LIMITATION_EXPIRED");
    var unknown =
        new CaseFacts(
            f.procedure(),
            true,
            f.penaltyKinds(),
            f.totalFine(),
            f.officers(),
            f.milestones(),
            f.documents(),
            null,
            f.discretion(),
            f.publication(),
            f.majorWithoutReview(),
            null,
            f.today());
    assertThat(check(unknown, "LIMITATION").state()).isEqualTo(State.NOT_RUN);
  }
}
