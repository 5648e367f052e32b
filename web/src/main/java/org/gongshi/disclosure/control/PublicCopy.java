package org.gongshi.disclosure.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.Party;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.reports.model.PenaltyDecision;

/**
 * The rules that turn a case into the fields of its public copy (the national 双公示 fields): who the
 * redactor must know about, the severity that sets the publication period, and amounts in 万元.
 */
public final class PublicCopy {
  private PublicCopy() {}

  /** Penalties that make a decision serious (longer publication, DOMAIN.md §3). */
  public static final Set<PenaltyKind> HEAVY =
      EnumSet.of(
          PenaltyKind.SUSPEND_LICENCE,
          PenaltyKind.REVOKE_LICENCE,
          PenaltyKind.LOWER_QUALIFICATION,
          PenaltyKind.RESTRICT_BUSINESS,
          PenaltyKind.SUSPEND_BUSINESS,
          PenaltyKind.CLOSE,
          PenaltyKind.RESTRICT_PRACTICE,
          PenaltyKind.DETENTION);

  /**
   * Who the decision names: every natural-person party and every individual business's operator is
   * masked by the party rule; the legal representative of an organisation party and the officers
   * are public (DOMAIN.md §3); other organisations and the agency are kept.
   */
  public static CaseContext contextOf(EnforcementCase c) {
    return contextOf(c, true);
  }

  /**
   * The same, with the agency's local rule for the legal representative of an organisation party:
   * kept (the default, a public field of the 双公示 data) or masked like the party's name.
   */
  public static CaseContext contextOf(EnforcementCase c, boolean keepLegalRepresentative) {
    // a case without a party recorded (older or imported data): masked as strictly as a person's
    Party party = c.getParties().isEmpty() ? null : c.getParties().get(0);
    Set<String> partyPersons = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    Set<String> publicNames = new HashSet<>();
    for (Party p : c.getParties()) {
      String rep = p.getLegalRepresentative();
      boolean hasRep = rep != null && !rep.isBlank();
      switch (p.getKind()) {
        case NATURAL_PERSON -> partyPersons.add(p.getName());
        case ORGANISATION -> {
          organisations.add(p.getName());
          if (hasRep) (keepLegalRepresentative ? publicNames : partyPersons).add(rep);
        }
        case INDIVIDUAL_BUSINESS -> {
          organisations.add(p.getName());
          if (hasRep) partyPersons.add(rep);
        }
      }
    }
    organisations.add(c.getAgency().getName());
    c.getOfficers().stream().map(Officer::getName).forEach(publicNames::add);
    return new CaseContext(
            party == null ? PartyKind.NATURAL_PERSON : party.getKind(),
            party == null || party.getName() == null ? "" : party.getName(),
            Set.of(),
            organisations,
            publicNames)
        .withPartyPersons(partyPersons);
  }

  /** The text the officer reviews: the decision, every party of the case, and the title. */
  public static DecisionText decisionText(EnforcementCase c, PenaltyDecision decision) {
    return DecisionText.of(decision, c.getTitle(), decision.otherParties());
  }

  /** Serious when any penalty is one of {@link #HEAVY}. */
  public static PublicationPeriod.Severity severity(EnforcementCase c) {
    return c.getPenalties().stream().anyMatch(p -> HEAVY.contains(p.getKind()))
        ? PublicationPeriod.Severity.SERIOUS
        : PublicationPeriod.Severity.GENERAL;
  }

  /** "罚款；没收违法所得": the kinds of penalty, each once. */
  public static String penaltyTypes(EnforcementCase c) {
    return c.getPenalties().stream()
        .map(x -> x.getKind().label)
        .distinct()
        .collect(Collectors.joining("；"));
  }

  /** The sum of the amounts of these kinds in 万元 (six decimals at most), or null when none. */
  public static BigDecimal wan(EnforcementCase c, Set<PenaltyKind> kinds) {
    BigDecimal yuan =
        c.getPenalties().stream()
            .filter(p -> kinds.contains(p.getKind()) && p.getAmount() != null)
            .map(Penalty::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return yuan.signum() == 0
        ? null
        : yuan.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Licence suspensions and revocations with their notes, or null when none. */
  public static String licence(EnforcementCase c) {
    String s =
        c.getPenalties().stream()
            .filter(
                p ->
                    p.getKind() == PenaltyKind.SUSPEND_LICENCE
                        || p.getKind() == PenaltyKind.REVOKE_LICENCE)
            .map(p -> p.getKind().label + (p.getNote() == null ? "" : "：" + p.getNote()))
            .collect(Collectors.joining("；"));
    return s.isEmpty() ? null : s;
  }
}
