package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.gongshi.archive.entity.CaseSource;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.Party;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.platform.id.PartyKind;
import org.junit.jupiter.api.Test;

class PublicCopyTest {
  private static final Agency AGENCY =
      new Agency("金华市金东区综合行政执法局", "金东", "11330703MB1234567X", "浙江省金华市金东区");

  private static EnforcementCase caseWith(List<Party> parties, List<Penalty> penalties) {
    EnforcementCase c =
        new EnforcementCase(
            AGENCY,
            "金东综执立〔2025〕1号",
            "占道经营",
            Procedure.values()[0],
            CaseSource.values()[0],
            "占道经营",
            "《城市市容和环境卫生管理条例》第三十六条",
            "officer",
            Instant.parse("2025-03-01T02:00:00Z"));
    c.replaceParties(parties);
    c.replacePenalties(penalties);
    c.replaceOfficers(List.of(new Officer(AGENCY, "陈执法", "33070001", LocalDate.of(2030, 1, 1))));
    return c;
  }

  private static Party person(String name) {
    return new Party(PartyKind.NATURAL_PERSON, name, "11010519491231002X", null, null, null, false);
  }

  private static Party company(String name, String representative) {
    return new Party(
        PartyKind.ORGANISATION, name, null, "91330703MA2D123456", representative, null, false);
  }

  @Test
  void fines_and_confiscations_are_summed_in_wan_yuan() {
    EnforcementCase c =
        caseWith(
            List.of(person("张三")),
            List.of(
                new Penalty(PenaltyKind.FINE, new BigDecimal("5000"), null),
                new Penalty(PenaltyKind.FINE, new BigDecimal("1234.5"), null),
                new Penalty(PenaltyKind.CONFISCATE_GAINS, new BigDecimal("800"), null)));

    assertThat(PublicCopy.wan(c, EnumSet.of(PenaltyKind.FINE))).isEqualByComparingTo("0.62345");
    assertThat(PublicCopy.wan(c, EnumSet.of(PenaltyKind.CONFISCATE_GAINS)))
        .isEqualByComparingTo("0.08");
    assertThat(PublicCopy.wan(c, EnumSet.of(PenaltyKind.CONFISCATE_PROPERTY))).isNull();
    assertThat(PublicCopy.penaltyTypes(c)).isEqualTo("罚款；没收违法所得");
  }

  @Test
  void a_licence_revocation_makes_the_decision_serious_and_is_listed() {
    EnforcementCase general =
        caseWith(List.of(person("张三")), List.of(new Penalty(PenaltyKind.WARNING, null, null)));
    EnforcementCase serious =
        caseWith(
            List.of(company("金华鑫源商贸有限公司", "李四")),
            List.of(new Penalty(PenaltyKind.REVOKE_LICENCE, null, "食品经营许可证")));

    assertThat(PublicCopy.severity(general)).isEqualTo(PublicationPeriod.Severity.GENERAL);
    assertThat(PublicCopy.licence(general)).isNull();
    assertThat(PublicCopy.severity(serious)).isEqualTo(PublicationPeriod.Severity.SERIOUS);
    assertThat(PublicCopy.licence(serious)).isEqualTo("吊销许可证件：食品经营许可证");
  }

  @Test
  void every_natural_person_party_is_masked_and_officers_and_representatives_kept() {
    EnforcementCase c =
        caseWith(
            List.of(person("王建国"), company("金华鑫源商贸有限公司", "李四"), person("赵六")),
            List.of(new Penalty(PenaltyKind.WARNING, null, null)));

    CaseContext ctx = PublicCopy.contextOf(c);

    assertThat(ctx.partyKind()).isEqualTo(PartyKind.NATURAL_PERSON);
    assertThat(ctx.partyName()).isEqualTo("王建国");
    assertThat(ctx.partyPersons()).containsExactlyInAnyOrder("王建国", "赵六");
    assertThat(ctx.organisationNames()).contains("金华鑫源商贸有限公司", "金华市金东区综合行政执法局");
    // DOMAIN.md §3: an organisation's legal representative and the officers are public
    assertThat(ctx.publicNames()).containsExactlyInAnyOrder("陈执法", "李四");
  }

  @Test
  void a_case_without_a_recorded_party_is_read_as_strictly_as_a_persons() {
    // seen at start-up on imported decisions: the title check stopped at the first such case
    EnforcementCase c = caseWith(List.of(), List.of(new Penalty(PenaltyKind.WARNING, null, null)));

    CaseContext ctx = PublicCopy.contextOf(c, false);

    assertThat(ctx.partyKind()).isEqualTo(PartyKind.NATURAL_PERSON);
    assertThat(ctx.partyName()).isEmpty();
    assertThat(ctx.organisationNames()).containsExactly("金华市金东区综合行政执法局");
    assertThat(ctx.publicNames()).containsExactly("陈执法");
  }
}
