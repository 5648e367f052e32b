package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongshi.platform.id.PartyKind;

/**
 * Proposes what to mask in a penalty decision before publication (DOMAIN.md §3).
 *
 * <p>Rules, in the order they win when two overlap: valid identity card numbers (GB 11643; an
 * 18-digit invoice or order number is not one); mobile and landline numbers; bank numbers (after
 * 账号/卡号/账户/开户行, or 16–19 digits passing Luhn unless labelled as an invoice, order or other number);
 * home addresses (see {@link AddressFinder} for 住所 of organisations); the natural-person party's
 * name; persons the case lists; persons the recogniser finds. A recognised name is masked only if
 * it is 2–4 Chinese characters, starts with a common surname, is no stop word, lies outside
 * organisation names, decision numbers, USCCs and 《law titles》, and is not a public name
 * (officers); every other occurrence of it is then masked too.
 *
 * <p>Thread-safe; reuse one instance.
 */
public final class Redactor {

  private final RedactionRules rules;
  private final NameRecogniser recogniser;

  /** A redactor with HanLP recognition when the rules ask for it. */
  public Redactor(RedactionRules rules) {
    this(rules, rules.recogniseNames() ? new HanLpNameRecogniser() : NameRecogniser.none());
  }

  /** A redactor with the given recogniser (tests, or another NLP model). */
  public Redactor(RedactionRules rules, NameRecogniser recogniser) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.recogniser = rules.recogniseNames() ? recogniser : NameRecogniser.none();
  }

  /** The masking proposal for one decision. */
  public RedactionProposal propose(String text, CaseContext facts) {
    List<NameRecogniser.Mention> mentions = recogniser.find(text);
    List<int[]> kept = keptRanges(text, facts, mentions);
    List<Candidate> candidates = new ArrayList<>();
    for (NumberFinder.Hit hit : NumberFinder.sensitive(text)) {
      candidates.add(
          new Candidate(
              hit.start(),
              hit.end(),
              hit.category(),
              rank(hit.category()),
              rules.mask(hit.end() - hit.start())));
    }
    for (int[] a : AddressFinder.find(text, facts.partyKind())) {
      candidates.add(new Candidate(a[0], a[1], SpanCategory.ADDRESS, 3, rules.mask(3)));
    }
    if (facts.partyKind() == PartyKind.NATURAL_PERSON) {
      addEverywhere(
          text,
          facts.partyName(),
          SpanCategory.PARTY_NAME,
          4,
          rules.partyNameStyle(),
          null,
          candidates);
    }
    for (String person : facts.personNames()) {
      addEverywhere(
          text, person, SpanCategory.PERSON_NAME, 5, rules.personNameStyle(), null, candidates);
    }
    for (String person : recognisedPersons(text, facts, mentions, kept)) {
      addEverywhere(
          text, person, SpanCategory.PERSON_NAME, 6, rules.personNameStyle(), kept, candidates);
    }
    return new RedactionProposal(text, resolve(candidates));
  }

  private List<int[]> keptRanges(
      String text, CaseContext facts, List<NameRecogniser.Mention> mentions) {
    List<int[]> kept = new ArrayList<>(NumberFinder.protectedRanges(text));
    if (facts.partyKind() == PartyKind.ORGANISATION) {
      kept.addAll(AddressFinder.registeredDomicile(text));
    }
    Set<String> organisations = new HashSet<>(facts.organisationNames());
    if (facts.partyKind() != PartyKind.NATURAL_PERSON) {
      organisations.add(facts.partyName());
    }
    organisations.addAll(facts.publicNames());
    for (String name : organisations) {
      for (int at = indexOf(text, name, 0); at >= 0; at = indexOf(text, name, at + name.length())) {
        kept.add(new int[] {at, at + name.length()});
      }
    }
    mentions.stream()
        .filter(m -> m.kind() == NameRecogniser.Kind.ORGANISATION)
        .forEach(m -> kept.add(new int[] {m.start(), m.end()}));
    return kept;
  }

  private Set<String> recognisedPersons(
      String text, CaseContext facts, List<NameRecogniser.Mention> mentions, List<int[]> kept) {
    Set<String> names = new HashSet<>();
    List<NameRecogniser.Mention> all = new ArrayList<>(mentions);
    if (rules.recogniseNames()) {
      all.addAll(ChineseNames.afterCues(text));
    }
    for (NameRecogniser.Mention m : all) {
      if (m.kind() == NameRecogniser.Kind.PERSON
          && ChineseNames.partOfPlaceName(text, m.end()) == false
          && ChineseNames.plausibleName(m.text(), rules.stopWords())
          && facts.publicNames().contains(m.text()) == false
          && touches(kept, m.start(), m.end()) == false) {
        names.add(m.text());
      }
    }
    return names;
  }

  private static void addEverywhere(
      String text,
      String name,
      SpanCategory category,
      int rank,
      NameStyle style,
      List<int[]> avoid,
      List<Candidate> out) {
    if (name == null || name.isBlank()) {
      return;
    }
    String replacement = style.mask(name);
    for (int at = indexOf(text, name, 0); at >= 0; at = indexOf(text, name, at + name.length())) {
      if (avoid == null || touches(avoid, at, at + name.length()) == false) {
        out.add(new Candidate(at, at + name.length(), category, rank, replacement));
      }
    }
  }

  // higher rank first, then longer; a candidate touching an accepted one is dropped
  private static List<Span> resolve(List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparingInt(Candidate::rank)
            .thenComparingInt(c -> c.start - c.end)
            .thenComparingInt(Candidate::start));
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      if (accepted.stream().noneMatch(a -> a.start < c.end && c.start < a.end)) {
        accepted.add(c);
      }
    }
    accepted.sort(Comparator.comparingInt(Candidate::start));
    List<Span> spans = new ArrayList<>();
    for (Candidate c : accepted) {
      spans.add(new Span(spans.size(), c.start, c.end, c.category, c.replacement));
    }
    return spans;
  }

  private static int rank(SpanCategory category) {
    return switch (category) {
      case ID_NUMBER -> 0;
      case PHONE -> 1;
      case BANK_ACCOUNT -> 2;
      default -> 3;
    };
  }

  private static boolean touches(List<int[]> ranges, int start, int end) {
    return ranges.stream().anyMatch(r -> r[0] < end && start < r[1]);
  }

  private static int indexOf(String text, String name, int from) {
    return name.isEmpty() ? -1 : text.indexOf(name, from);
  }

  private record Candidate(
      int start, int end, SpanCategory category, int rank, String replacement) {}
}
