package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.junit.jupiter.api.Test;

class PublicIndexTest {

  /** The backend under test: the embedded Lucene engine here, OpenSearch in the subclass. */
  protected SearchEngine newEngine(IndexSchema schema) {
    return SearchEngine.inMemory(schema);
  }

  @Test
  void publishedDecisionsAndPowerItemsAreSearchable() throws Exception {
    try (SearchEngine engine = newEngine(IndexSchema.PUBLIC)) {
      engine.index(
          IndexDocument.builder("pub-1")
              .add(PublicField.KIND, "decision")
              .add(PublicField.AGENCY_ID, "A1")
              .add(PublicField.AGENCY_NAME, "金华市金东区综合行政执法局")
              .add(PublicField.DECISION_NUMBER, "金东综执罚决字〔2024〕第123号")
              .add(PublicField.PARTIES, "金华市某某建材有限公司")
              .add(PublicField.PENALTY_TYPES, "罚款")
              .add(PublicField.DECISION_DATE, LocalDate.of(2024, 3, 15))
              .add(PublicField.PUBLISHED_DATE, LocalDate.of(2024, 3, 20))
              .add(PublicField.CONTENT, "当事人张**未经批准擅自设置户外广告设施，罚款人民币2000元。")
              .build());
      engine.index(
          IndexDocument.builder("item-1")
              .add(PublicField.KIND, "powerItem")
              .add(PublicField.AGENCY_ID, "A1")
              .add(PublicField.ITEM_CODE, "330217100000")
              .add(PublicField.ITEM_CATEGORY, "行政处罚")
              .add(PublicField.TITLE, "对擅自设置大型户外广告的行政处罚")
              .build());
      engine.refresh();

      SearchResult r = engine.search(SearchRequest.of("户外广告"));

      assertThat(r.hits())
          .extracting(SearchResult.Hit::id)
          .containsExactlyInAnyOrder("pub-1", "item-1");
      assertThat(r.facets().get("kind")).hasSize(2);
      assertThat(engine.search(SearchRequest.of("type:powerItem")).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly("item-1");
      assertThat(engine.search(SearchRequest.of("金东综执罚决字(2024)第123号")).hits().get(0).id())
          .isEqualTo("pub-1");
      assertThat(engine.search(SearchRequest.of("year:2024")).totalHits()).isEqualTo(1);
    }
  }

  /**
   * kind:decision keeps all but a few power-list items; the embedded engine runs such a filter as
   * the exclusion of the others. Same hits, same order, whichever way it runs.
   */
  @Test
  void aFilterKeepingNearlyEveryDocumentDropsExactlyTheOthers() throws Exception {
    try (SearchEngine engine = newEngine(IndexSchema.PUBLIC)) {
      for (int i = 0; i < 60; i++) {
        engine.index(
            IndexDocument.builder("pub-" + i)
                .add(PublicField.KIND, "decision")
                .add(PublicField.DECISION_DATE, LocalDate.of(2024, 3, 1).plusDays(i))
                .add(PublicField.CONTENT, "当事人擅自设置户外广告设施。" + "其他事实。".repeat(i % 7))
                .build());
      }
      for (int i = 0; i < 2; i++) {
        engine.index(
            IndexDocument.builder("item-" + i)
                .add(PublicField.KIND, "powerItem")
                .add(PublicField.TITLE, "对擅自设置户外广告的行政处罚")
                .build());
      }
      engine.refresh();
      SearchRequest words = SearchRequest.of("户外广告").withPageSize(100);
      List<String> all = engine.search(words).hits().stream().map(SearchResult.Hit::id).toList();
      List<String> decisions = all.stream().filter(id -> id.startsWith("pub-")).toList();
      assertThat(decisions).hasSize(60);

      assertThat(ids(engine, words.withFilter(PublicField.KIND, Set.of("decision"))))
          .isEqualTo(decisions);
      assertThat(ids(engine, words.withFilter(PublicField.KIND, Set.of("powerItem"))))
          .containsExactlyInAnyOrder("item-0", "item-1");
      assertThat(ids(engine, words.withFilter(PublicField.KIND, Set.of("decision", "powerItem"))))
          .hasSize(62);
      assertThat(
              ids(engine, words.withFilter(PublicField.KIND, Set.of("decision")).withPageSize(20)))
          .isEqualTo(decisions.subList(0, 20));

      // a document without a kind is not a decision
      engine.index(IndexDocument.builder("bare").add(PublicField.CONTENT, "户外广告户外广告户外广告").build());
      engine.refresh();
      assertThat(ids(engine, words.withFilter(PublicField.KIND, Set.of("decision"))))
          .hasSize(60)
          .doesNotContain("bare");
    }
  }

  private static List<String> ids(SearchEngine engine, SearchRequest r) throws Exception {
    return engine.search(r).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void archiveFieldsCannotEnterThePublicIndex() {
    try (SearchEngine engine = newEngine(IndexSchema.PUBLIC)) {
      IndexDocument internal =
          IndexDocument.builder("x").add(ArchiveField.CASE_ID, "case-1").build();

      assertThatThrownBy(() -> engine.index(internal))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("caseId");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
