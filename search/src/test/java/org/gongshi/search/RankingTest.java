package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short words found as bigrams may cross a word boundary (工程 in 施工程序). A decision where the word
 * stands as a word ranks first. Each crossing decision is indexed first and is shorter, so bigrams
 * alone would put it on top.
 */
class RankingTest {

  /** The backend under test: the embedded Lucene engine here, OpenSearch in the subclass. */
  protected SearchEngine newEngine(IndexSchema schema) {
    return SearchEngine.inMemory(schema);
  }

  private static final String HEADER =
      "金华市金东区综合行政执法局\n行政处罚决定书\n金东综执罚决字〔2024〕第%d号\n\n当事人：金华市某某商贸有限公司\n"
          + "统一社会信用代码：91330703MA28F3XK1X\n地址：金华市金东区多湖街道光南路%d号\n\n经查明：";

  private SearchEngine engine;

  @BeforeEach
  void given() throws Exception {
    engine = newEngine(IndexSchema.ARCHIVE);
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
  }

  @ParameterizedTest(name = "{0}: {2} before {1}")
  @CsvSource({
    "工程, 现场查看施工程序不规范，未设置围挡。, 当事人未取得建设工程规划许可证擅自搭建钢结构厂房，未设置围挡。",
    "主任, 业主任意堆放建筑垃圾。, 社区居委会主任到场见证，当事人堆放建筑垃圾。",
    "部门, 当事人将全部门窗拆除。, 当事人未经相关部门批准将门窗拆除。",
    "场地, 当事人现场地面湿滑。, 当事人租用场地经营。",
    "用地, 当事人使用地下室经营。, 当事人擅自占用建设用地经营。",
    "用地, 当事人使用地下室经营。, 當事人擅自佔用建設用地經營。",
    "建设, 当事人新建设施未报批。, 当事人违法建设未报批。",
    "合格, 结合格式条款进行处理。, 抽样经检验合格后进行处理。",
    "公告, 当事人在办公告示栏张贴。, 当事人拒不履行公告内容并张贴。",
  })
  void aWordRanksAboveTheSameCharactersAcrossWords(String word, String crossing, String asWord)
      throws Exception {
    assertThat(order(word, "crossing", crossing, "word", asWord))
        .containsExactly("word", "crossing");
  }

  /**
   * A longer query inside a longer word is the same thing (污染防治 in 水污染防治法, 经营许可 in 食品经营许可证): it
   * ranks by how often it occurs, not by whether SmartCN cut the text at its edges.
   */
  @ParameterizedTest(name = "{0}: twice in {2} before once in {1}")
  @CsvSource({
    "污染防治, 当事人未落实污染防治措施。, 当事人违反《中华人民共和国水污染防治法》，其行为违反水污染防治法规定。",
    "经营许可, 当事人未取得经营许可擅自经营。, 当事人未取得食品经营许可证，其食品经营许可证已过期。",
    "车辆驾驶, 当事人车辆驾驶证过期。, 运输车辆驾驶员未持证，车辆驾驶员从事营运。",
  })
  void aLongerWordRanksByHowOftenItOccursEvenInsideLongerWords(
      String word, String once, String twiceInLongerWords) throws Exception {
    assertThat(order(word, "once", once, "twice", twiceInLongerWords))
        .containsExactly("twice", "once");
  }

  /** The hits' ids for the word, over two decisions indexed in this order. */
  private List<String> order(
      String word, String firstId, String first, String secondId, String second) throws Exception {
    engine.index(Decisions.simple(firstId, HEADER.formatted(1, 1) + first));
    engine.index(Decisions.simple(secondId, HEADER.formatted(2, 2) + second));
    engine.commit(2);
    engine.refresh();
    return engine.search(SearchRequest.of(word)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @ParameterizedTest(name = "{0} deep in a long document")
  @CsvSource({"雨棚", "主任"})
  void aWordPastTheRankedOpeningIsStillFoundAndMarked(String word) throws Exception {
    String filler = "执法人员依法进行现场检查，制作现场检查笔录。".repeat(60);
    engine.index(
        Decisions.simple("long", HEADER.formatted(3, 3) + filler + "社区" + word + "现场发现违规搭建雨棚。"));
    engine.commit(1);
    engine.refresh();

    SearchResult r = engine.search(SearchRequest.of(word));

    assertThat(r.hits()).extracting(SearchResult.Hit::id).isEqualTo(List.of("long"));
    assertThat(r.hits().get(0).snippet()).contains("<mark>" + word + "</mark>");
  }
}
