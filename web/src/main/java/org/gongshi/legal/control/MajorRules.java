package org.gongshi.legal.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.legal.entity.MajorRule;

/**
 * Which rule applies to a case and what it says (DOMAIN.md §2 hearing, §4 major). The most specific
 * rule wins (the longest region prefix, then a named sector over every sector), in its latest
 * version in force on the day; a past case keeps the rule of its day.
 */
public final class MajorRules {
  private MajorRules() {}

  /** The outcome for one case: why it is major and why the party may ask for a hearing. */
  public record Judgement(MajorRule rule, List<String> majorReasons, List<String> hearingReasons) {
    public boolean major() {
      return !majorReasons.isEmpty();
    }

    public boolean hearingRight() {
      return !hearingReasons.isEmpty();
    }
  }

  /**
   * The rule that judges a case decided on a day: the most specific version in force that day; for
   * a day before every version (a case decided before 2021-07-15, when the seed rule starts), the
   * earliest version (the most specific of those that start that day): the nearest in time.
   */
  public static Optional<MajorRule> ruleFor(
      List<MajorRule> rules, String agencyRegion, String sector, LocalDate on) {
    String region = agencyRegion == null ? "" : agencyRegion;
    String sec = sector == null ? "" : sector;
    List<MajorRule> applicable =
        rules.stream()
            .filter(r -> region.startsWith(r.getRegion()))
            .filter(r -> r.getSector().isEmpty() || r.getSector().equals(sec))
            .toList();
    Comparator<MajorRule> specific =
        Comparator.comparingInt((MajorRule r) -> r.getRegion().length())
            .thenComparing(r -> !r.getSector().isEmpty());
    Optional<MajorRule> inForce =
        applicable.stream()
            .filter(r -> !r.getEffectiveFrom().isAfter(on))
            .max(specific.thenComparing(MajorRule::getEffectiveFrom));
    if (inForce.isPresent()) return inForce;
    return applicable.stream()
        .min(Comparator.comparing(MajorRule::getEffectiveFrom).thenComparing(specific.reversed()));
  }

  /** The sum of fines and confiscations (罚没款) of a decision, in yuan. */
  public static BigDecimal money(List<Penalty> penalties) {
    return penalties.stream()
        .filter(p -> p.getKind().hasAmount && p.getAmount() != null)
        .map(Penalty::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public static Judgement judge(MajorRule rule, boolean organisation, List<Penalty> penalties) {
    BigDecimal money = money(penalties);
    List<String> major = new ArrayList<>();
    List<String> hearing = new ArrayList<>();
    String whom = organisation ? "对法人或其他组织" : "对公民";
    BigDecimal limit = organisation ? rule.getOrganisationAmount() : rule.getPersonAmount();
    if (money.signum() > 0 && money.compareTo(limit) >= 0) {
      major.add(whom + "罚没款" + plain(money) + "元，达到" + plain(limit) + "元的重大标准");
    }
    BigDecimal hearingLimit =
        organisation ? rule.getHearingOrganisationAmount() : rule.getHearingPersonAmount();
    if (money.signum() > 0 && money.compareTo(hearingLimit) >= 0) {
      hearing.add(whom + "较大数额罚没款（" + plain(hearingLimit) + "元以上）");
    }
    for (Penalty p : penalties) {
      PenaltyKind k = p.getKind();
      if ((k == PenaltyKind.SUSPEND_BUSINESS && rule.isSuspendBusiness())
          || (k == PenaltyKind.REVOKE_LICENCE && rule.isRevokeLicence())
          || (k == PenaltyKind.CLOSE && rule.isCloseOrder())) {
        major.add(k.label);
      }
      if (k == PenaltyKind.LOWER_QUALIFICATION
          || k == PenaltyKind.REVOKE_LICENCE
          || k == PenaltyKind.SUSPEND_BUSINESS
          || k == PenaltyKind.CLOSE
          || k == PenaltyKind.RESTRICT_PRACTICE) {
        hearing.add(k.label);
      }
    }
    return new Judgement(rule, List.copyOf(major), List.copyOf(hearing));
  }

  /** The rule in words, as the case page and the rules list show it. */
  public static String describe(MajorRule r) {
    List<String> kinds = new ArrayList<>();
    if (r.isSuspendBusiness()) kinds.add(PenaltyKind.SUSPEND_BUSINESS.label);
    if (r.isRevokeLicence()) kinds.add(PenaltyKind.REVOKE_LICENCE.label);
    if (r.isCloseOrder()) kinds.add(PenaltyKind.CLOSE.label);
    return (r.getRegion().isEmpty() ? "全国默认" : r.getRegion())
        + (r.getSector().isEmpty() ? "" : "（" + r.getSector() + "）")
        + "标准，"
        + r.getEffectiveFrom()
        + "起施行：对公民罚没款"
        + plain(r.getPersonAmount())
        + "元以上、对法人或其他组织"
        + plain(r.getOrganisationAmount())
        + "元以上"
        + (kinds.isEmpty() ? "" : "，或" + String.join("、", kinds));
  }

  static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }
}
