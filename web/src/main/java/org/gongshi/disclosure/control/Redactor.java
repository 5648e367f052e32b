package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongshi.platform.id.PartyKind;

/**
 * Proposes what to mask in a penalty decision before publication (DOMAIN.md §3).
 *
 * <p>Detection runs on the NFKC-folded text ({@link Folded}: full-width digits and punctuation
 * become ASCII) and every found range is mapped back to the original characters, so a mask covers
 * exactly the detected item and the text outside every mask stays as written.
 *
 * <p>Rules, in the order they win when two overlap: identity documents; phones; bank numbers; home
 * addresses, health information, plates and the agency's own terms to mask; the names of
 * natural-person parties and individual businesses' operators; persons the case lists; persons a
 * role word introduces or the name model finds. Numbers inside decision and document numbers,
 * USCCs, officers' certificate numbers and law titles are never masked. A name is masked only where
 * it stands as a name: not inside an organisation the case knows or the model reports, not as the
 * start of a place name (宗泽路), not inside a longer word the model reports, and never when it is a
 * public name (officers, the legal representative of an organisation party), nor inside a term the
 * agency keeps (a local place or shop name that looks like a name).
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

  /**
   * The masking proposal for a case title. A case whose file records no party (older or imported
   * data) still names it first in the title (张三无证经营案): that leading name is masked by the party
   * rule, where the name model alone misses it in so short a text.
   */
  public RedactionProposal proposeTitle(String title, CaseContext facts) {
    var lead =
        facts.partyName().isBlank() && facts.partyKind() == PartyKind.NATURAL_PERSON
            ? ChineseNames.leadingParty(title)
            : java.util.Optional.<NameRecogniser.Mention>empty();
    if (lead.isEmpty()) {
      return propose(title, facts);
    }
    NameRecogniser.Mention party = lead.get();
    RedactionProposal p = propose(title, facts.withPartyName(party.text()));
    // the title's structure names the party even where a word the model reads cuts into it (张｜三无)
    boolean masked =
        p.spans().stream().anyMatch(s -> s.start() <= party.start() && party.end() <= s.end());
    return masked
        ? p
        : p.withSpan(
            party.start(),
            party.end(),
            SpanCategory.PARTY_NAME,
            rules.partyNameStyle().mask(party.text()));
  }

  /** The masking proposal for one decision. */
  public RedactionProposal propose(String original, CaseContext facts) {
    Folded folded = Folded.of(original);
    String text = folded.text();
    List<NameRecogniser.Mention> mentions = recogniser.find(text);
    List<int[]> protectedRanges = NumberFinder.protectedRanges(text);
    List<int[]> kept = keptRanges(text, facts, mentions, protectedRanges);
    Set<String> publicNames = folded(facts.publicNames());
    List<Candidate> candidates = new ArrayList<>();
    for (NumberFinder.Hit hit : NumberFinder.sensitive(text, facts.partyKind())) {
      if (touches(protectedRanges, hit.start(), hit.end()) == false) {
        candidates.add(
            new Candidate(hit.start(), hit.end(), hit.category(), rank(hit.category()), null));
      }
    }
    List<int[]> domiciles = AddressFinder.organisationDomiciles(text, folded(organisations(facts)));
    for (int[] a : AddressFinder.find(text, facts.partyKind())) {
      if (touches(domiciles, a[0], a[1])) {
        continue; // an organisation co-party's registered domicile
      }
      candidates.add(new Candidate(a[0], a[1], SpanCategory.ADDRESS, 3, null));
    }
    for (int[] h : HealthFinder.find(text)) {
      candidates.add(new Candidate(h[0], h[1], SpanCategory.HEALTH, 3, null));
    }
    for (String term : folded(facts.maskTerms())) {
      for (int at = indexOf(text, term, 0); at >= 0; at = indexOf(text, term, at + term.length())) {
        candidates.add(new Candidate(at, at + term.length(), SpanCategory.LOCAL_TERM, 3, null));
      }
    }
    Set<String> parties = new LinkedHashSet<>();
    if (facts.partyKind() == PartyKind.NATURAL_PERSON) {
      parties.add(facts.partyName());
    }
    parties.addAll(facts.partyPersons());
    for (String party : folded(parties)) {
      if (publicNames.contains(party) == false) {
        addEverywhere(
            text,
            party,
            SpanCategory.PARTY_NAME,
            4,
            rules.partyNameStyle(),
            kept,
            mentions,
            candidates);
      }
    }
    for (String person : folded(facts.personNames())) {
      if (publicNames.contains(person) == false) {
        addEverywhere(
            text,
            person,
            SpanCategory.PERSON_NAME,
            5,
            rules.personNameStyle(),
            kept,
            mentions,
            candidates);
      }
    }
    for (String person : recognisedPersons(text, publicNames, mentions, kept)) {
      addEverywhere(
          text,
          person,
          SpanCategory.PERSON_NAME,
          6,
          rules.personNameStyle(),
          kept,
          mentions,
          candidates);
    }
    return new RedactionProposal(original, resolve(candidates, folded));
  }

  private List<int[]> keptRanges(
      String text,
      CaseContext facts,
      List<NameRecogniser.Mention> mentions,
      List<int[]> protectedRanges) {
    List<int[]> kept = new ArrayList<>(protectedRanges);
    if (facts.partyKind() == PartyKind.ORGANISATION) {
      kept.addAll(AddressFinder.registeredDomicile(text));
    }
    Set<String> organisations = new HashSet<>(folded(facts.organisationNames()));
    if (facts.partyKind() != PartyKind.NATURAL_PERSON) {
      organisations.add(Folded.fold(facts.partyName()));
    }
    organisations.addAll(folded(facts.publicNames()));
    for (String name : organisations) {
      for (int at = indexOf(text, name, 0); at >= 0; at = indexOf(text, name, at + name.length())) {
        kept.add(new int[] {at, at + name.length()});
      }
    }
    mentions.stream()
        .filter(m -> m.kind() == NameRecogniser.Kind.ORGANISATION)
        .forEach(m -> kept.add(new int[] {m.start(), m.end()}));
    Set<String> parties = new HashSet<>(folded(facts.partyPersons()));
    if (facts.partyKind() == PartyKind.NATURAL_PERSON) {
      parties.add(Folded.fold(facts.partyName()));
    }
    for (String term : folded(facts.keepTerms())) {
      if (parties.stream().anyMatch(p -> p.contains(term))) {
        continue; // a local term never lifts a party's own name
      }
      for (int at = indexOf(text, term, 0); at >= 0; at = indexOf(text, term, at + term.length())) {
        kept.add(new int[] {at, at + term.length()});
      }
    }
    return kept;
  }

  private Set<String> recognisedPersons(
      String text,
      Set<String> publicNames,
      List<NameRecogniser.Mention> mentions,
      List<int[]> kept) {
    Set<String> names = new HashSet<>();
    for (NameRecogniser.Mention m : mentions) {
      String name =
          m.kind() == NameRecogniser.Kind.PERSON
              ? ChineseNames.withoutPredicateStart(m.text())
              : "";
      int end = m.start() + name.length();
      if (m.kind() == NameRecogniser.Kind.PERSON
          && ChineseNames.startsWithPreposition(text, m.start(), name) == false
          && ChineseNames.partOfPlaceName(text, end) == false
          && ChineseNames.plausibleName(name, rules.stopWords())
          && publicNames.contains(name) == false
          && touches(kept, m.start(), end) == false) {
        names.add(name);
      }
    }
    if (rules.recogniseNames()) {
      for (NameRecogniser.Mention m : ChineseNames.afterCues(text)) {
        boolean surname = ChineseNames.plausibleName(m.text(), rules.stopWords());
        if (ChineseNames.partOfPlaceName(text, m.end()) == false
            && (surname || isWordOrCut(mentions, m.start(), m.end()) == false)
            && ChineseNames.plausibleCuedName(m.text(), rules.stopWords())
            && publicNames.contains(m.text()) == false
            && touches(kept, m.start(), m.end()) == false) {
          names.add(m.text());
        }
      }
    }
    return names;
  }

  // the model reports the token as a word (使用, 反映) or a word runs into it (朋友圈销售)
  private static boolean isWordOrCut(List<NameRecogniser.Mention> mentions, int start, int end) {
    return mentions.stream()
        .filter(m -> m.kind() != NameRecogniser.Kind.PERSON)
        .anyMatch(
            m -> (m.start() == start && m.end() == end) || (m.start() < start && start < m.end()));
  }

  private static void addEverywhere(
      String text,
      String name,
      SpanCategory category,
      int rank,
      NameStyle style,
      List<int[]> kept,
      List<NameRecogniser.Mention> mentions,
      List<Candidate> out) {
    if (name == null || name.isBlank() || name.contains("某")) {
      return; // 张某 is already how the decision names the person
    }
    String replacement = style.mask(name);
    for (int at = indexOf(text, name, 0); at >= 0; at = indexOf(text, name, at + name.length())) {
      int end = at + name.length();
      if (standsAsName(text, at, end, kept, mentions)) {
        out.add(new Candidate(at, end, category, rank, replacement));
      }
    }
  }

  /**
   * Whether the occurrence is the person and not part of something else: an organisation or other
   * kept range around it, a place name it starts (宗泽路), or a longer word the model reports that
   * holds it or, for a two-character name, that it cuts into (米未 in 平方米未覆盖).
   */
  private static boolean standsAsName(
      String text, int start, int end, List<int[]> kept, List<NameRecogniser.Mention> mentions) {
    if (touches(kept, start, end) || ChineseNames.partOfPlaceName(text, end)) {
      return false;
    }
    for (NameRecogniser.Mention m : mentions) {
      if (m.kind() == NameRecogniser.Kind.PERSON) {
        continue;
      }
      boolean holds = m.start() <= start && end <= m.end() && m.end() - m.start() > end - start;
      boolean cuts =
          end - start <= 2
              && m.kind() == NameRecogniser.Kind.WORD
              && ((m.start() < start && start < m.end()) || (m.start() < end && end < m.end()));
      if (holds || cuts) {
        return false;
      }
    }
    return true;
  }

  // higher rank first, then longer; a candidate touching an accepted one is dropped
  private List<Span> resolve(List<Candidate> candidates, Folded folded) {
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
      int start = folded.originalStart(c.start);
      int end = folded.originalEnd(c.end);
      String replacement =
          c.replacement != null
              ? c.replacement
              : c.category == SpanCategory.ADDRESS
                      || c.category == SpanCategory.HEALTH
                      || c.category == SpanCategory.LOCAL_TERM
                  ? rules.mask(3)
                  : rules.mask(folded.original().codePointCount(start, end));
      spans.add(new Span(spans.size(), start, end, c.category, replacement));
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

  // organisations whose 住所 is a registered domicile; an individual business's 住所 is its operator's
  private static Set<String> organisations(CaseContext facts) {
    Set<String> names = new LinkedHashSet<>(facts.organisationNames());
    if (facts.partyKind() == PartyKind.ORGANISATION) {
      names.add(facts.partyName());
    } else {
      names.remove(facts.partyName());
    }
    return names;
  }

  private static Set<String> folded(Set<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      if (n != null && n.isBlank() == false) {
        out.add(Folded.fold(n.strip()));
      }
    }
    return out;
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
