package org.gongshi.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTest {

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void bigramsKeepPlaceNamesWhole() throws IOException {
    assertThat(tokens(ChineseAnalysis.bigram(), "金东区")).containsExactly("金东", "东区");
  }

  @Test
  void foldsTraditionalWidthAndCase() throws IOException {
    assertThat(tokens(ChineseAnalysis.bigram(), "違法")).containsExactly("违法");
    assertThat(tokens(ChineseAnalysis.bigram(), "ＡＢＣ１２３")).containsExactly("abc123");
    assertThat(tokens(ChineseAnalysis.smart(), "違法建設")).containsExactly("违法", "建设");
  }

  @Test
  void rankingWordsCoverTheOpeningCharactersAndBigramsTheWholeText() throws IOException {
    String filler = "本局执法人员依法进行现场检查。".repeat(40); // 600 characters
    String text = "当事人擅自占用建设用地。" + filler + "现场发现违规搭建雨棚。";
    List<String> words = tokens(ChineseAnalysis.smart(), text);
    assertThat(words).contains("用地").doesNotContain("雨棚");
    assertThat(words.size()).isLessThan(tokens(ChineseAnalysis.smart(), filler).size());
    assertThat(tokens(ChineseAnalysis.bigram(), text)).contains("用地", "雨棚");
  }

  @Test
  void identifiersHaveOneForm() {
    String canonical = "金东综执罚决2024123号";
    for (String variant :
        List.of(
            "金东综执罚决字〔2024〕第123号",
            "金东综执罚决〔2024〕123号",
            "金东综执罚决字〔2024〕第0123号",
            "金东综执罚决字2024第00123号",
            "金东综执罚决字[2024]第123号",
            "金东综执罚决字(2024)第123号",
            "金东综执罚决字（2024）第123号",
            "金东综执罚决字［2024］第123号",
            "金东综执罚决字【2024】第１２３号",
            " 金东综执罚决字 〔2024〕 第123号 ")) {
      assertThat(ChineseAnalysis.normalizeIdentifier(variant)).isEqualTo(canonical);
    }
    assertThat(ChineseAnalysis.normalizeIdentifier("91330703ma28f3xk1x"))
        .isEqualTo("91330703MA28F3XK1X");
    assertThat(ChineseAnalysis.normalizeIdentifier("11140900MB0987654"))
        .as("a USCC keeps its zeros")
        .isEqualTo("11140900MB0987654");
    assertThat(ChineseAnalysis.normalizeIdentifier("金东综执罚决字〔2024〕第0号")).endsWith("20240号");
  }

  @Test
  void yearBracketsInQueryTextBecomeChinese() {
    assertThat(ChineseAnalysis.normalizeYearBrackets("字[2024]第1号 date:[2024-01-01 TO 2024-12-31]"))
        .isEqualTo("字〔2024〕第1号 date:[2024-01-01 TO 2024-12-31]");
  }
}
