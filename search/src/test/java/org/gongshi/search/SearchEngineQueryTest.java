package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.search.Decisions.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchEngineQueryTest {

  /** The backend under test: the embedded Lucene engine here, OpenSearch in the subclass. */
  protected SearchEngine newEngine(IndexSchema schema) {
    return SearchEngine.inMemory(schema);
  }

  private SearchEngine engine;

  @BeforeEach
  void given() throws Exception {
    engine = newEngine(IndexSchema.ARCHIVE);
    engine.index(
        decision("d1")
            .agency("A1", "金华市金东区综合行政执法局")
            .party("金华市某某建材有限公司")
            .uscc("91330703MA28F3XK1X")
            .violation("未经批准擅自设置户外广告设施")
            .basis("《城市市容和环境卫生管理条例》第十七条")
            .numbers("金东综执立字〔2024〕第45号", "金东综执罚决字〔2024〕第123号")
            .domain("市容环卫")
            .penalties("罚款", "警告")
            .procedure("一般程序")
            .decided(LocalDate.of(2024, 3, 15))
            .content("金华市金东区综合行政执法局行政处罚决定书。经综合执法检查，当事人金华市某某建材有限公司未经批准擅自设置户外广告设施。")
            .build());
    engine.index(
        decision("d2")
            .agency("A2", "金华市婺城区综合行政执法局")
            .party("张三丰")
            .violation("占道经营")
            .numbers("婺综执立字（2023）第3号", "婺综执罚决字（2023）第7号")
            .domain("市容环卫")
            .penalties("罚款")
            .procedure("简易程序")
            .decided(LocalDate.of(2023, 7, 1))
            .content("当事人张三丰<script>alert(1)</script>在人民路占道经营，责令改正。")
            .build());
    engine.index(
        decision("d3")
            .agency("A1", "金华市金东区综合行政执法局")
            .party("王五")
            .violation("違法建設")
            .numbers("金东综执立字[2024]第88号", "金东综执罚决字[2024]第200号")
            .domain("规划建设")
            .penalties("没收违法所得")
            .procedure("一般程序")
            .decided(LocalDate.of(2024, 11, 2))
            .content("當事人王五未取得建設工程規劃許可證進行違法建設。")
            .build());
    engine.index(
        decision("d4")
            .agency("A3", "金华市生态环境局")
            .party("李四")
            .violation("超标排放")
            .domain("生态环境")
            .penalties("罚款")
            .procedure("一般程序")
            .decided(LocalDate.of(2022, 5, 5))
            .content("设备编号ＡＢＣ１２３超标排放污染物。")
            .build());
    engine.commit(4);
    engine.refresh();
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
  }

  private List<String> ids(String query) {
    return engine.search(SearchRequest.of(query)).hits().stream()
        .map(SearchResult.Hit::id)
        .toList();
  }

  @Test
  void wordsAndPhrases() {
    assertThat(ids("行政处罚")).containsExactly("d1");
    assertThat(ids("综合执法")).containsExactly("d1");
    assertThat(ids("\"户外广告\"")).containsExactly("d1");
    assertThat(ids("户外 广告 金东")).containsExactly("d1");
    assertThat(ids("占道经营 户外广告")).isEmpty();
  }

  @Test
  void chineseRecallOnNames() {
    assertThat(ids("某某建材")).containsExactly("d1");
    assertThat(ids("party:某某建材")).containsExactly("d1");
    assertThat(ids("张三丰")).containsExactly("d2");
    assertThat(ids("party:张三丰")).containsExactly("d2");
    assertThat(ids("金东区")).containsExactlyInAnyOrder("d1", "d3");
  }

  @Test
  void traditionalAndFullWidthAreFolded() {
    assertThat(ids("违法建设")).containsExactly("d3");
    assertThat(ids("建设工程规划许可证")).containsExactly("d3");
    assertThat(ids("abc123")).containsExactly("d4");
  }

  @Test
  void booleans() {
    assertThat(ids("占道经营 OR 户外广告")).containsExactlyInAnyOrder("d1", "d2");
    assertThat(ids("penalty:罚款 AND NOT party:张三丰")).containsExactlyInAnyOrder("d1", "d4");
    assertThat(ids("NOT 张三丰")).containsExactlyInAnyOrder("d1", "d3", "d4");
    assertThat(ids("罚款 -张三丰")).isEmpty(); // 罚款 is not in any text, only a penalty type
  }

  @Test
  void aRelevanceCursorContinuesOnAnotherNodesIndex() throws Exception {
    try (SearchEngine one = newEngine(IndexSchema.ARCHIVE);
        SearchEngine other = newEngine(IndexSchema.ARCHIVE)) {
      List<String> all = new ArrayList<>();
      for (int i = 10; i < 30; i++) {
        for (SearchEngine e : List.of(one, other)) { // two nodes fed by the same outbox
          e.index(decision("n" + i).content("夜间施工噪声扰民。").build());
        }
        all.add("n" + i);
      }
      one.refresh();
      other.refresh();
      SearchRequest page = SearchRequest.of("噪声扰民").withPageSize(6);
      SearchResult r = one.search(page);
      List<String> seen = new ArrayList<>(r.hits().stream().map(SearchResult.Hit::id).toList());
      while (r.nextCursor() != null) {
        r =
            other.search(
                page.after(r.nextCursor())); // the load balancer sent the next page elsewhere
        r.hits().forEach(h -> seen.add(h.id()));
      }
      assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "金东综执罚决字〔2024〕第123号",
        "金东综执罚决字[2024]第123号",
        "金东综执罚决字(2024)第123号",
        "金东综执罚决字（2024）第123号",
        "金东综执罚决字［2024］第123号",
        "金东综执罚决字〔2024〕123号",
        "金东综执罚决〔2024〕第123号",
        "金东综执罚决〔2024〕123号",
        "金东综执罚决字〔2024〕第0123号",
        "金东综执罚决字 〔2024〕 第123号",
        "金东综执罚决2024第123号",
        "decisionNumber:金东综执罚决字[2024]第123号",
        "decisionNumber:\"金东综执罚决字（2024）第123号\""
      })
  void decisionNumberInAnyBracketsWithOrWithoutFirstCharacterZerosOrSpaces(String query) {
    assertThat(ids(query)).first().isEqualTo("d1");
  }

  @Test
  void identifierIndexedWithAsciiBracketsIsFoundWithChineseOnes() {
    assertThat(ids("decisionNumber:金东综执罚决字〔2024〕第200号")).containsExactly("d3");
    assertThat(ids("caseNumber:婺综执立字〔2023〕第3号")).containsExactly("d2");
  }

  @Test
  void fieldQueries() {
    assertThat(ids("uscc:91330703ma28f3xk1x")).containsExactly("d1");
    assertThat(ids("agency:A1")).containsExactlyInAnyOrder("d1", "d3");
    assertThat(ids("agency:婺城区")).containsExactly("d2");
    assertThat(ids("domain:市容环卫")).containsExactlyInAnyOrder("d1", "d2");
    assertThat(ids("year:2024")).containsExactlyInAnyOrder("d1", "d3");
    assertThat(ids("type:case")).isEmpty(); // documentType is set on documents only
    assertThat(ids("kind:case")).hasSize(4);
    assertThat(ids("date:[2024-01-01 TO 2024-12-31]")).containsExactlyInAnyOrder("d1", "d3");
    assertThat(ids("date:[2023 TO *]")).containsExactlyInAnyOrder("d1", "d2", "d3");
    assertThat(ids("date:2024-03")).containsExactly("d1");
    assertThat(ids("year:[2022 TO 2023]")).containsExactlyInAnyOrder("d2", "d4");
  }

  @Test
  void facetsCountMatchingDocuments() {
    SearchResult r = engine.search(SearchRequest.of(""));

    assertThat(r.totalHits()).isEqualTo(4);
    assertThat(r.facets().get("agencyId"))
        .contains(new SearchResult.FacetCount("A1", 2))
        .first()
        .extracting(SearchResult.FacetCount::value)
        .isEqualTo("A1");
    assertThat(r.facets().get("domain"))
        .contains(new SearchResult.FacetCount("市容环卫", 2), new SearchResult.FacetCount("生态环境", 1));
    assertThat(r.facets().get("year"))
        .contains(new SearchResult.FacetCount("2024", 2), new SearchResult.FacetCount("2022", 1));
    assertThat(r.facets().get("penaltyTypes"))
        .first()
        .isEqualTo(new SearchResult.FacetCount("罚款", 3));
    assertThat(r.facets().get("procedure"))
        .contains(new SearchResult.FacetCount("一般程序", 3), new SearchResult.FacetCount("简易程序", 1));
  }

  @Test
  void countsOnlyTheFacetsAskedFor() {
    SearchResult r =
        engine.search(
            SearchRequest.of("")
                .withFacets(ArchiveField.DOMAIN, ArchiveField.YEAR)
                .withPageSize(1));

    assertThat(r.facets().keySet()).containsExactlyInAnyOrder("domain", "year");
    assertThat(r.facets().get("domain"))
        .contains(new SearchResult.FacetCount("市容环卫", 2), new SearchResult.FacetCount("生态环境", 1));
    assertThat(r.totalHits()).isEqualTo(4);
    assertThatThrownBy(() -> engine.search(SearchRequest.of("").withFacets(ArchiveField.PARTIES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parties");
  }

  @Test
  void scopeIsARequiredFilter() {
    SearchRequest scoped = SearchRequest.of("").withFilter("agencyId", Set.of("A1"));

    assertThat(engine.search(scoped).totalHits()).isEqualTo(2);
    assertThat(
            engine
                .search(scoped.withFilter("agencyId", Set.of("A1")).after(null))
                .facets()
                .get("agencyId"))
        .containsExactly(new SearchResult.FacetCount("A1", 2));
    assertThat(
            engine
                .search(
                    new SearchRequest(
                        "张三丰 OR agency:A2",
                        scoped.filters(),
                        null,
                        null,
                        null,
                        20,
                        null,
                        true,
                        true,
                        List.of()))
                .totalHits())
        .isZero();
    assertThat(engine.search(SearchRequest.of("").withFilter("agencyId", Set.of())).totalHits())
        .isZero();
    assertThat(
            engine
                .search(SearchRequest.of("").withDates(LocalDate.of(2024, 1, 1), null))
                .totalHits())
        .isEqualTo(2);
  }

  @Test
  void snippetsAreEscapedWithOnlyMarkTags() {
    SearchResult r = engine.search(SearchRequest.of("占道经营"));

    String snippet = r.hits().get(0).snippet();
    assertThat(snippet)
        .contains("<mark>占道经营</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void eachWordIsMarkedInTheTextEvenWhenAnotherWordMatchedOnlyInTheViolation() throws Exception {
    engine.index(
        decision("d9")
            .agency("A1", "金华市金东区综合行政执法局")
            .party("赵六")
            .violation("夜间施工噪声扰民")
            .decided(LocalDate.of(2024, 6, 1))
            .content("当事人在工地连续作业，影响周边居民休息。")
            .build());
    engine.commit(5);
    engine.refresh();

    SearchResult r = engine.search(SearchRequest.of("夜间施工 居民休息"));

    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("d9");
    assertThat(r.hits().get(0).snippet()).contains("<mark>居民休息</mark>");
  }

  @Test
  void hitsCarryStoredFieldsButNotTheFullText() {
    SearchResult.Hit hit = engine.search(SearchRequest.of("某某建材")).hits().get(0);

    assertThat(hit.field("decisionNumber")).isEqualTo("金东综执罚决字〔2024〕第123号");
    assertThat(hit.fields().get("penaltyTypes")).containsExactly("罚款", "警告");
    assertThat(hit.field("decisionDate")).isEqualTo("2024-03-15");
    assertThat(hit.fields()).doesNotContainKey("content");
  }

  @Test
  void pagesByDateWithCursor() {
    List<String> seen = new ArrayList<>();
    SearchRequest page = SearchRequest.of("").sortedBy(SearchRequest.Sort.DATE).withPageSize(1);
    for (int i = 0; i < 10; i++) {
      SearchResult r = engine.search(page);
      r.hits().forEach(h -> seen.add(h.id()));
      if (r.nextCursor() == null) {
        break;
      }
      page = page.after(r.nextCursor());
    }
    assertThat(seen).containsExactly("d3", "d1", "d2", "d4");
  }

  @Test
  void pagesByRelevanceWithCursor() {
    SearchRequest first = SearchRequest.of("金华市").withPageSize(2);
    SearchResult p1 = engine.search(first);
    SearchResult p2 = engine.search(first.after(p1.nextCursor()));

    assertThat(p1.totalHits()).isEqualTo(4);
    assertThat(p1.hits()).hasSize(2);
    assertThat(p2.hits()).hasSize(2);
    assertThat(p1.hits())
        .extracting(SearchResult.Hit::id)
        .doesNotContainAnyElementsOf(p2.hits().stream().map(SearchResult.Hit::id).toList());
  }

  @Test
  void aMixedScriptMarkerWithLoneHanCharactersIsFound() throws Exception {
    engine.index(decision("m1").content("询问笔录：当事人在砼ab甲c甲d工地夜间违规施工，噪声扰民。").build());
    engine.index(decision("m2").content("询问笔录：当事人在建设工程规划许可证范围外施工，严重影响周边居民。").build());
    engine.refresh();
    assertThat(engine.search(SearchRequest.of("砼ab甲c甲d")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("m1");
    assertThat(engine.search(SearchRequest.of("\"当事人在砼ab甲c甲d工地夜间违规施工\"")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("m1");
    // a long all-Han phrase is matched by its bigrams alone
    assertThat(engine.search(SearchRequest.of("\"建设工程规划许可证范围外\"")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("m2");
  }

  @Test
  void relevancePagesComeFromTheFirstPagesPointInTime() throws Exception {
    List<String> original = new ArrayList<>();
    for (int i = 10; i < 40; i++) {
      engine.index(decision("t" + i).content("机动车违法停车，处以罚款。").build()); // all tie on score
      original.add("t" + i);
    }
    engine.refresh();
    SearchRequest page = SearchRequest.of("违法停车").withPageSize(7);
    SearchResult r = engine.search(page);
    List<String> seen = new ArrayList<>(r.hits().stream().map(SearchResult.Hit::id).toList());
    // The archive changes while the officer reads page 1.
    for (int i = 10; i < 15; i++) {
      engine.delete("t" + i);
    }
    for (int i = 40; i < 45; i++) {
      engine.index(decision("t" + i).content("机动车违法停车，处以罚款。").build());
    }
    engine.refresh();
    while (r.nextCursor() != null) {
      r = engine.search(page.after(r.nextCursor()));
      r.hits().forEach(h -> seen.add(h.id()));
    }
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(original);
    assertThat(engine.search(page).totalHits()).as("a new search sees the change").isEqualTo(30);
    assertThat(engine.search(page.withPageSize(100)).hits())
        .extracting(SearchResult.Hit::id)
        .contains("t44")
        .doesNotContain("t10");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"户外广告",
        "户外广告 (",
        "AND",
        "OR 户外广告",
        "date:[2024-01-01 TO",
        "party:",
        "***",
        "{",
        "!!",
        "\\",
        "date:[abc TO def]",
        "year:[2024",
        "户外广告 AND",
        "~2",
        "caseNumber:*",
        "/regex",
        "a:b:c",
        "\"\"",
        "( )"
      })
  void malformedQueriesNeverThrow(String query) {
    assertThatCode(() -> engine.search(SearchRequest.of(query))).doesNotThrowAnyException();
  }

  @Test
  void malformedQueryDegradesToPlainWords() {
    SearchResult r = engine.search(SearchRequest.of("\"户外广告"));

    assertThat(r.degraded()).isTrue();
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("d1");
    assertThat(ids("户外广告 AND")).containsExactly("d1");
  }

  @Test
  void aDeeplyNestedQueryDegradesInsteadOfOverflowingTheStack() {
    String deep = "(".repeat(5000) + "户外广告" + ")".repeat(5000);

    SearchResult r = engine.search(SearchRequest.of(deep));

    assertThat(r.degraded()).isTrue();
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("d1");
  }

  @Test
  void changesAreSearchableWithinTwoSeconds() throws Exception {
    engine.index(Decisions.simple("d9", "新近立案的夜间施工噪声扰民案件"));

    long deadline = System.nanoTime() + 2_000_000_000L;
    while (ids("噪声扰民").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ids("噪声扰民")).containsExactly("d9");
  }
}
