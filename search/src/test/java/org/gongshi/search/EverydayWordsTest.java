package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.search.query.Synonyms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words citizens, companies and journalists type, on the public index (issue 18). */
class EverydayWordsTest {

  /** The backend under test: the embedded Lucene engine here, OpenSearch in the subclass. */
  protected SearchEngine newEngine(IndexSchema schema) {
    return SearchEngine.inMemory(schema);
  }

  private SearchEngine engine;

  @BeforeEach
  void index() throws Exception {
    engine = newEngine(IndexSchema.PUBLIC);
    engine.index(
        decision(
            "building",
            "金东综执罚决字〔2024〕第123号",
            "忻州市鑫源商贸有限公司",
            "未取得建设工程规划许可证，在多湖街道光南路12号擅自搭建钢结构建筑物约60平方米"));
    engine.index(
        decision(
            "building2",
            "金东综执罚决字〔2024〕第7号",
            "金华市恒达建材有限公司",
            "未取得建设工程规划许可证，在东孝街道八一北街5号擅自搭建钢结构建筑物约20平方米"));
    engine.index(
        decision(
            "named",
            "金东综执罚决字〔2024〕第8号",
            "金华市诚信汽车修理厂",
            "当事人所建违章建筑位于孝顺镇中心大道8号，未取得建设工程规划许可证，擅自搭建约30平方米"));
    engine.index(
        decision("exactName", "忻开综执罚决字〔2023〕第15号", "忻州鑫源商贸有限责任公司", "在和平街占用城市道路堆放建筑材料约20平方米"));
    engine.index(
        decision("road", "忻开综执罚决字〔2023〕第16号", "淄博周村顺发五金商行", "在和平街擅自占用城市道路堆放建筑材料约30平方米，影响道路通行"));
    engine.commit(5);
    engine.refresh();
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
  }

  private static IndexDocument decision(String id, String number, String party, String facts) {
    return IndexDocument.builder(id)
        .add(PublicField.KIND, "decision")
        .add(PublicField.AGENCY_ID, "1")
        .add(PublicField.AGENCY_NAME, "金华市金东区综合行政执法局")
        .add(PublicField.DECISION_NUMBER, number)
        .add(PublicField.TITLE, party)
        .add(PublicField.PARTIES, party)
        .add(PublicField.VIOLATION, facts)
        .add(PublicField.CONTENT, "经查明：当事人" + facts + "。")
        .add(PublicField.DECISION_DATE, LocalDate.of(2024, 3, 15))
        .build();
  }

  private List<String> ids(String q) {
    return engine.search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"违法建设", "违章建筑", "乱搭乱建", "私搭乱建", "違章建築"})
  void everydayWordsFindUnpermittedBuilding(String word) {
    assertThat(ids(word)).containsExactlyInAnyOrder("building", "building2", "named");
    assertThat(engine.search(SearchRequest.of(word)).totalHits()).isEqualTo(3);
  }

  @Test
  void theWordItselfRanksAboveItsSynonyms() {
    assertThat(ids("违章建筑")).first().isEqualTo("named");
  }

  @Test
  void aSynonymHitIsMarkedInTheSnippet() {
    SearchResult.Hit hit =
        engine.search(SearchRequest.of("乱搭乱建")).hits().stream()
            .filter(h -> h.id().equals("building2"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippet()).contains("<mark>");
  }

  @Test
  void aQuotedWordIsNotWidened() {
    assertThat(ids("\"违章建筑\"")).containsExactly("named");
  }

  @Test
  void synonymsAreCombinedWithOtherWords() {
    assertThat(ids("违章建筑 恒达")).containsExactly("building2");
  }

  @Test
  void aCompanyNameWithoutItsCityMarkIsFoundLooselyBelowAnExactName() {
    assertThat(ids("忻州鑫源商贸")).containsExactly("exactName", "building");
    assertThat(ids("鑫源商贸")).containsExactlyInAnyOrder("exactName", "building");
    assertThat(ids("金华恒达建材")).containsExactly("building2");
    assertThat(ids("金华恒达建材有限公司")).containsExactly("building2");
    assertThat(ids("金华诚信汽车修理厂")).as("odd length, to the name's end").containsExactly("named");
    assertThat(ids("淄博周顺发五金")).as("a character skipped inside").containsExactly("road");
    assertThat(ids("party:忻州鑫源商贸")).contains("building");
  }

  @Test
  void looseNamesKeepTheCharactersInOrder() {
    assertThat(ids("鑫源忻州")).isEmpty();
    assertThat(ids("恒达金华")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "金东综执罚决字〔2024〕第123号",
        "金东综执罚决字〔2024〕123号",
        "金东综执罚决〔2024〕123号",
        "金东综执罚决字(2024)第0123号",
        "金东综执罚决[2024]123号",
        "金东综执罚决2024第123号",
        "金东综执罚决字 【2024】 第 123 号"
      })
  void aDecisionNumberInAnyWrittenForm(String number) {
    assertThat(ids(number)).first().isEqualTo("building");
  }

  @Test
  void theListIsDataInSolrFormat() throws Exception {
    Synonyms s = Synonyms.parse(new StringReader("# comment\n违章建筑, 乱搭乱建 => 擅自搭建\n渣土, 建筑垃圾\n"));
    assertThat(s.alternatives("违章建筑")).containsExactly("乱搭乱建", "擅自搭建");
    assertThat(s.alternatives("擅自搭建")).as("one way").isEmpty();
    assertThat(s.alternatives("建筑垃圾")).containsExactly("渣土");
    assertThat(s.categories("当事人擅自搭建钢结构")).containsExactly("违章建筑");
    assertThat(Synonyms.standard().categories("未取得建设工程规划许可证，擅自搭建")).containsExactly("违法建设");
    assertThat(Synonyms.standard().categories("擅自占用城市道路堆放建筑材料")).containsExactly("占用道路");
    assertThat(s.expansions("金东 乱搭乱建"))
        .containsExactly(new Synonyms.Expansion("乱搭乱建", List.of("违章建筑", "擅自搭建")));
  }
}
