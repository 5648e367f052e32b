package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongshi.disclosure.control.DecisionGenerator.Decision;
import org.gongshi.disclosure.control.DecisionGenerator.Marked;
import org.gongshi.disclosure.control.DecisionGenerator.Truth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the redactor on a generated corpus: recall (masked / should be masked), false masks
 * (proposed spans that touch nothing to mask) and kept items touched. Prints the figures.
 */
class RedactorCorpusTest {

  private static final int DECISIONS = 45;
  private static List<Decision> corpus;
  private static final Redactor REDACTOR = new Redactor(RedactionRules.defaults());

  @BeforeAll
  static void generate() {
    corpus = DecisionGenerator.corpus(DECISIONS, 2024);
  }

  @Test
  void with_the_case_context_everything_personal_is_masked_and_public_data_kept() {
    Score score = score("case context", corpus.stream().map(d -> propose(d, d.context())).toList());

    for (Truth t : Truth.values()) {
      if (t.mask) {
        assertThat(score.missed.get(t)).as("missed " + t + ": " + score.missedText).isZero();
      } else {
        assertThat(score.touched.get(t)).as("touched " + t + ": " + score.touchedText).isZero();
      }
    }
    assertThat(score.falseMasks)
        .as(score.falseText.toString())
        .isLessThanOrEqualTo(score.spans / 50);
  }

  @Test
  void without_witnesses_in_the_context_hanlp_finds_most_names() {
    Score score =
        score("party only (HanLP)", corpus.stream().map(d -> propose(d, d.partyOnly())).toList());

    for (Truth t :
        List.of(Truth.ID, Truth.PHONE, Truth.CARD, Truth.ACCOUNT, Truth.ADDRESS, Truth.PARTY)) {
      assertThat(score.missed.get(t)).as("missed " + t).isZero();
    }
    assertThat(score.recall(Truth.WITNESS)).isGreaterThanOrEqualTo(0.80);
    assertThat(score.recall(Truth.REPRESENTATIVE)).isGreaterThanOrEqualTo(0.80);
    for (Truth t : Truth.values()) {
      if (t.mask == false && t != Truth.ORGANISATION) {
        assertThat(score.touched.get(t)).as("touched " + t + ": " + score.touchedText).isZero();
      }
    }
  }

  @Test
  void cue_words_alone_without_hanlp_are_measured_too() {
    Redactor cuesOnly = new Redactor(RedactionRules.defaults(), NameRecogniser.none());
    Score score =
        score(
            "party only, cue words without HanLP",
            corpus.stream()
                .map(d -> new Result(d, cuesOnly.propose(d.text(), d.partyOnly())))
                .toList());

    assertThat(
            score.missed.get(Truth.ID)
                + score.missed.get(Truth.PHONE)
                + score.missed.get(Truth.CARD))
        .isZero();
  }

  @Test
  void hanlp_alone_is_measured_on_name_mentions() {
    HanLpNameRecogniser hanlp = new HanLpNameRecogniser();
    int names = 0;
    int found = 0;
    for (Decision d : corpus) {
      var mentions =
          hanlp.find(d.text()).stream()
              .filter(m -> m.kind() == NameRecogniser.Kind.PERSON)
              .toList();
      for (Marked m : d.marks()) {
        if (m.truth() == Truth.WITNESS
            || m.truth() == Truth.REPRESENTATIVE
            || m.truth() == Truth.PARTY) {
          names++;
          found +=
              mentions.stream().anyMatch(x -> x.start() == m.start() && x.end() == m.end()) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        "[redaction HanLP nr alone] exact name mentions found %d/%d = %.1f%%%n",
        found, names, 100.0 * found / names);
    assertThat(found).isGreaterThan(names / 2);
  }

  private static Result propose(Decision d, CaseContext context) {
    return new Result(d, REDACTOR.propose(d.text(), context));
  }

  record Result(Decision decision, RedactionProposal proposal) {}

  private static Score score(String label, List<Result> results) {
    Score s = new Score();
    for (Result r : results) {
      List<Span> spans = r.proposal().spans();
      s.spans += spans.size();
      for (Marked m : r.decision().marks()) {
        boolean covered = covered(spans, m.start(), m.end());
        boolean touched = spans.stream().anyMatch(sp -> sp.overlaps(m.start(), m.end()));
        s.total.merge(m.truth(), 1, Integer::sum);
        if (m.truth().mask && covered == false) {
          s.missed.merge(m.truth(), 1, Integer::sum);
          String t = r.decision().text();
          s.missedText.add(
              m.truth()
                  + ":"
                  + t.substring(Math.max(0, m.start() - 4), Math.min(t.length(), m.end() + 4)));
        }
        if (m.truth().mask == false && touched) {
          s.touched.merge(m.truth(), 1, Integer::sum);
          s.touchedText.add(m.truth() + ":" + m.text());
        }
      }
      for (Span sp : spans) {
        boolean justified =
            r.decision().marks().stream()
                .anyMatch(m -> m.truth().mask && sp.overlaps(m.start(), m.end()));
        if (justified == false) {
          s.falseMasks++;
          s.falseText.add(sp.category() + ":" + r.proposal().textOf(sp));
        }
      }
    }
    s.print(label);
    return s;
  }

  private static boolean covered(List<Span> spans, int start, int end) {
    for (int i = start; i < end; i++) {
      int at = i;
      if (spans.stream().noneMatch(sp -> sp.start() <= at && at < sp.end())) {
        return false;
      }
    }
    return true;
  }

  static final class Score {
    final Map<Truth, Integer> total = zeros();
    final Map<Truth, Integer> missed = zeros();
    final Map<Truth, Integer> touched = zeros();
    final List<String> missedText = new ArrayList<>();
    final List<String> touchedText = new ArrayList<>();
    final List<String> falseText = new ArrayList<>();
    int spans;
    int falseMasks;

    double recall(Truth t) {
      return 1.0 - (double) missed.get(t) / total.get(t);
    }

    void print(String label) {
      int should = 0;
      int masked = 0;
      StringBuilder per = new StringBuilder();
      for (Truth t : Truth.values()) {
        if (t.mask) {
          should += total.get(t);
          masked += total.get(t) - missed.get(t);
          per.append(String.format(" %s %d/%d", t, total.get(t) - missed.get(t), total.get(t)));
        }
      }
      int kept = 0;
      int keptTouched = 0;
      for (Truth t : Truth.values()) {
        if (t.mask == false) {
          kept += total.get(t);
          keptTouched += touched.get(t);
        }
      }
      System.out.printf(
          "[redaction %s] %d decisions, recall %d/%d = %.1f%%;%s; false masks %d of %d spans;"
              + " kept items touched %d/%d%n",
          label,
          DECISIONS,
          masked,
          should,
          100.0 * masked / should,
          per,
          falseMasks,
          spans,
          keptTouched,
          kept);
      if (falseText.isEmpty() == false) {
        System.out.println("  false masks: " + falseText);
      }
      if (missedText.isEmpty() == false) {
        System.out.println("  missed: " + missedText);
      }
      if (touchedText.isEmpty() == false) {
        System.out.println("  kept but touched: " + touchedText);
      }
    }

    private static Map<Truth, Integer> zeros() {
      Map<Truth, Integer> m = new EnumMap<>(Truth.class);
      for (Truth t : Truth.values()) {
        m.put(t, 0);
      }
      return m;
    }
  }
}
