package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.query.SearchExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document text view: every match marked and numbered, everything else escaped. */
class MarkAllTest {

  private static SearchEngine engine;

  @BeforeAll
  static void open() {
    engine = SearchEngine.inMemory(IndexSchema.ARCHIVE);
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  @Test
  void marksEveryMatchOfAWordInOrder() {
    SearchExecutor.Marked m = engine.markAll("户外广告", "一、擅自设置户外广告设施。二、<b>户外广告</b>未拆除。三、广告牌。", 1);
    assertThat(m.count()).isEqualTo(2);
    assertThat(m.html())
        .isEqualTo(
            "一、擅自设置<mark id=\"hit-1\">户外广告</mark>设施。二、&lt;b&gt;<mark id=\"hit-2\">户外广告</mark>&lt;/b&gt;未拆除。三、广告牌。");
  }

  @Test
  void phrasesAreMarkedOnlyWhereTheWholePhraseStands() {
    SearchExecutor.Marked m = engine.markAll("\"餐饮油烟\"", "餐饮店的油烟；餐饮油烟超标。", 3);
    assertThat(m.count()).isEqualTo(1);
    assertThat(m.html()).isEqualTo("餐饮店的油烟；<mark id=\"hit-3\">餐饮油烟</mark>超标。");
  }

  @Test
  void noMatchOrNoQueryLeavesTheTextEscaped() {
    assertThat(engine.markAll("噪声", "a<script>alert('x')</script>", 1))
        .isEqualTo(
            new SearchExecutor.Marked("a&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", 0));
    assertThat(engine.markAll("", "x & y", 1)).isEqualTo(new SearchExecutor.Marked("x &amp; y", 0));
  }
}
