package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.disclosure.control.RedactionCorpus.Entry;
import org.gongshi.disclosure.control.RedactionCorpus.Item;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the redactor on the hand-written set of decisions after real published ones (see {@code
 * redaction-corpus/README.md}): per category the items, leaks (a personal item not wholly masked)
 * and, for items that must stay, how many a mask touched; false masks (spans that cover no personal
 * item); and masks that changed a character outside their item. Prints the figures.
 */
class RealDecisionsCorpusTest {

  private static final Redactor REDACTOR = new Redactor(RedactionRules.defaults());
  private static List<Entry> corpus;
  private static Score score;

  @BeforeAll
  static void run() {
    corpus = RedactionCorpus.load();
    score = new Score();
    for (Entry e : corpus) {
      score.add(e, REDACTOR.propose(e.text(), e.context()));
    }
    score.print(corpus.size());
  }

  @Test
  void the_set_is_large_enough_and_every_category_is_there() {
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(120);
    assertThat(score.items.keySet())
        .contains("ID", "PHONE", "BANK", "ADDRESS", "HEALTH", "PLATE", "PARTY", "PERSON")
        .contains("ORG", "REP", "OFFICER", "USCC", "DOCNO", "STATUTE", "AMOUNT", "BRANCH");
  }

  @Test
  void no_mask_changes_a_character_outside_its_item() {
    assertThat(score.outside).as(String.join("\n", score.outsideText)).isZero();
  }

  @Test
  void identity_phone_and_bank_numbers_never_leak() {
    for (String c : List.of("ID", "PHONE", "BANK")) {
      assertThat(score.leaks.getOrDefault(c, 0)).as(c + " " + score.leakText).isZero();
    }
  }

  @Test
  void recall_over_all_personal_items() {
    assertThat(score.recall()).as(String.join("\n", score.leakText)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void items_that_must_stay_are_rarely_touched() {
    int kept = 0;
    int touched = 0;
    for (var e : score.items.entrySet()) {
      if (score.maskCategories.contains(e.getKey()) == false) {
        kept += e.getValue();
        touched += score.touched.getOrDefault(e.getKey(), 0);
      }
    }
    assertThat(touched).as(String.join("\n", score.touchedText)).isLessThanOrEqualTo(kept / 50);
    assertThat(score.falseMasks)
        .as(String.join("\n", score.falseText))
        .isLessThanOrEqualTo(kept / 50);
  }

  static final class Score {
    final java.util.Set<String> maskCategories = new java.util.TreeSet<>();
    final Map<String, Integer> items = new TreeMap<>();
    final Map<String, Integer> leaks = new TreeMap<>();
    final Map<String, Integer> touched = new TreeMap<>();
    final List<String> leakText = new ArrayList<>();
    final List<String> touchedText = new ArrayList<>();
    final List<String> falseText = new ArrayList<>();
    final List<String> outsideText = new ArrayList<>();
    int falseMasks;
    int outside;
    int spans;

    void add(Entry e, RedactionProposal p) {
      spans += p.spans().size();
      String t = e.text();
      for (Item i : e.items()) {
        items.merge(i.category(), 1, Integer::sum);
        if (i.mask()) {
          maskCategories.add(i.category());
          if (!covered(p.spans(), i.start(), i.end())) {
            leaks.merge(i.category(), 1, Integer::sum);
            leakText.add(e.id() + " " + i.category() + ":" + around(t, i.start(), i.end()));
          }
        } else if (p.spans().stream().anyMatch(s -> s.overlaps(i.start(), i.end()))) {
          touched.merge(i.category(), 1, Integer::sum);
          touchedText.add(e.id() + " " + i.category() + ":" + i.text());
        }
      }
      for (Span s : p.spans()) {
        List<Item> own =
            e.items().stream().filter(i -> i.mask() && s.overlaps(i.start(), i.end())).toList();
        if (own.isEmpty()) {
          falseMasks++;
          falseText.add(e.id() + " " + s.category() + ":" + around(t, s.start(), s.end()));
          continue;
        }
        for (int at = s.start(); at < s.end(); at++) {
          int c = at;
          if (own.stream().noneMatch(i -> i.start() <= c && c < i.end())) {
            outside++;
            outsideText.add(e.id() + " " + s.category() + ":" + around(t, s.start(), s.end()));
            break;
          }
        }
      }
    }

    double recall() {
      int n = 0;
      int leaked = 0;
      for (String c : maskCategories) {
        n += items.get(c);
        leaked += leaks.getOrDefault(c, 0);
      }
      return 1.0 - (double) leaked / n;
    }

    void print(int decisions) {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "[redaction real-decision set] %d decisions, %d spans, recall %.3f, false masks %d,"
                  + " masks changing a character outside their item %d%n",
              decisions, spans, recall(), falseMasks, outside));
      for (var e : items.entrySet()) {
        String c = e.getKey();
        if (maskCategories.contains(c)) {
          out.append(
              String.format(
                  "  mask %-8s items %4d  leaks %3d%n", c, e.getValue(), leaks.getOrDefault(c, 0)));
        }
      }
      for (var e : items.entrySet()) {
        String c = e.getKey();
        if (!maskCategories.contains(c)) {
          out.append(
              String.format(
                  "  keep %-8s items %4d  masked %3d%n",
                  c, e.getValue(), touched.getOrDefault(c, 0)));
        }
      }
      if (!leakText.isEmpty()) out.append("  leaks: ").append(leakText).append('\n');
      if (!touchedText.isEmpty())
        out.append("  kept but masked: ").append(touchedText).append('\n');
      if (!falseText.isEmpty()) out.append("  false masks: ").append(falseText).append('\n');
      if (!outsideText.isEmpty()) out.append("  outside: ").append(outsideText).append('\n');
      System.out.print(out);
    }

    private static boolean covered(List<Span> spans, int start, int end) {
      for (int i = start; i < end; i++) {
        int at = i;
        if (spans.stream().noneMatch(s -> s.start() <= at && at < s.end())) return false;
      }
      return true;
    }

    private static String around(String t, int start, int end) {
      return t.substring(Math.max(0, start - 6), start)
          + "【"
          + t.substring(start, end)
          + "】"
          + t.substring(end, Math.min(t.length(), end + 6));
    }
  }
}
