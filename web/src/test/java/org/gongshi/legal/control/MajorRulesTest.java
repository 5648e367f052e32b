package org.gongshi.legal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.legal.entity.MajorRule;
import org.junit.jupiter.api.Test;

class MajorRulesTest {
  static MajorRule rule(String region, String sector, String from, int person, int org) {
    return new MajorRule(
        region,
        sector,
        LocalDate.parse(from),
        BigDecimal.valueOf(person),
        BigDecimal.valueOf(org),
        BigDecimal.valueOf(person),
        BigDecimal.valueOf(org),
        true,
        true,
        true,
        null,
        "admin",
        Instant.EPOCH);
  }

  static final MajorRule DEFAULT = rule("", "", "2021-07-15", 10000, 100000);
  static final MajorRule JINHUA_2025 = rule("浙江省金华市", "", "2025-01-01", 20000, 200000);
  static final MajorRule JINHUA_2026 = rule("浙江省金华市", "", "2026-07-01", 30000, 300000);
  static final MajorRule JINHUA_PLANNING = rule("浙江省金华市", "住房城乡建设", "2025-01-01", 50000, 500000);
  static final List<MajorRule> RULES = List.of(DEFAULT, JINHUA_2025, JINHUA_2026, JINHUA_PLANNING);

  @Test
  void aCaseDecidedBeforeEveryRuleIsJudgedByTheEarliest() {
    // a 2019 decision (before the 2021 law's seed rule): judged, not an internal error
    assertThat(MajorRules.ruleFor(RULES, "浙江省金华市金东区", "", LocalDate.of(2019, 3, 4)))
        .contains(DEFAULT);
    assertThat(
            MajorRules.ruleFor(
                List.of(JINHUA_2026, JINHUA_2025), "浙江省金华市金东区", "", LocalDate.of(2019, 3, 4)))
        .contains(JINHUA_2025);
    assertThat(MajorRules.ruleFor(List.of(JINHUA_2025), "山西省忻州市", "", LocalDate.of(2019, 3, 4)))
        .isEmpty();
  }

  @Test
  void aPastCaseKeepsTheRuleOfItsDay() {
    assertThat(MajorRules.ruleFor(RULES, "浙江省金华市金东区", "", LocalDate.of(2024, 6, 1)))
        .contains(DEFAULT);
    assertThat(MajorRules.ruleFor(RULES, "浙江省金华市金东区", "", LocalDate.of(2026, 6, 30)))
        .contains(JINHUA_2025);
    assertThat(MajorRules.ruleFor(RULES, "浙江省金华市金东区", "", LocalDate.of(2026, 7, 1)))
        .contains(JINHUA_2026);
  }

  @Test
  void theMostSpecificRegionAndSectorWin() {
    assertThat(MajorRules.ruleFor(RULES, "浙江省金华市金东区", "住房城乡建设", LocalDate.of(2025, 3, 1)))
        .contains(JINHUA_PLANNING);
    assertThat(MajorRules.ruleFor(RULES, "山西省忻州市", "住房城乡建设", LocalDate.of(2026, 8, 1)))
        .contains(DEFAULT);
  }

  @Test
  void fineAndConfiscationCountTogetherAgainstThePartysThreshold() {
    List<Penalty> penalties =
        List.of(
            new Penalty(PenaltyKind.FINE, new BigDecimal("6000"), null),
            new Penalty(PenaltyKind.CONFISCATE_GAINS, new BigDecimal("4000"), null));
    var person = MajorRules.judge(DEFAULT, false, penalties);
    assertThat(person.major()).isTrue();
    assertThat(person.majorReasons().get(0)).contains("对公民罚没款10000元");
    assertThat(person.hearingRight()).isTrue();
    assertThat(MajorRules.judge(DEFAULT, true, penalties).major()).isFalse();
  }

  @Test
  void revokingALicenceIsMajorAndLoweringAGradeOnlyGivesAHearing() {
    var revoke =
        MajorRules.judge(
            DEFAULT, true, List.of(new Penalty(PenaltyKind.REVOKE_LICENCE, null, null)));
    assertThat(revoke.majorReasons()).containsExactly("吊销许可证件");
    var lower =
        MajorRules.judge(
            DEFAULT, true, List.of(new Penalty(PenaltyKind.LOWER_QUALIFICATION, null, null)));
    assertThat(lower.major()).isFalse();
    assertThat(lower.hearingReasons()).containsExactly("降低资质等级");
    var warning =
        MajorRules.judge(DEFAULT, false, List.of(new Penalty(PenaltyKind.WARNING, null, null)));
    assertThat(warning.major()).isFalse();
    assertThat(warning.hearingRight()).isFalse();
  }
}
