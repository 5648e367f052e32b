package org.gongshi.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.query.UserQueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query the parser builds has an OpenSearch form; nothing fails a search. No node needed. */
class QueryTranslatorTest {

  private final IndexSchema schema = IndexSchema.PUBLIC;
  private final UserQueryParser parser =
      new UserQueryParser(schema, ChineseAnalysis.forSchema(schema));
  private final QueryTranslator translator = new QueryTranslator(schema);
  private final Logger log = Logger.getLogger(QueryTranslator.class.getName());
  private final List<LogRecord> fallbacks = new ArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          fallbacks.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(recorder);
  }

  @AfterEach
  void stop() {
    log.removeHandler(recorder);
  }

  private String json(String text) {
    return translator.translate(parser.parse(text).query()).toJsonString();
  }

  @Test
  void aLooseNameIsASpanNearWithTheSameSlopOrderAndBoost() {
    String q = json("忻州鑫源商贸");

    assertThat(q)
        .contains("\"span_near\":{\"boost\":0.200000", "\"in_order\":true", "\"slop\":6")
        .contains("{\"span_term\":{\"bg.parties\"", "\"value\":\"忻州\"", "\"value\":\"商贸\"");
    assertThat(fallbacks).isEmpty();
  }

  @Test
  void anOddLooseNameIsEitherOverlap() {
    assertThat(json("金华诚信汽车修理厂")).contains("\"span_or\"", "\"修理\"", "\"理厂\"");
    assertThat(fallbacks).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "违章建筑",
        "违章建筑 恒达",
        "\"违章建筑\"",
        "party:忻州鑫源商贸",
        "金东综执罚决字 【2024】 第 123 号",
        "金东综执罚决2024第123号",
        "砼ab甲c",
        "乱搭乱建 OR 忻州鑫源商贸有限公司 -恒达",
        "(鑫源商贸 AND 和平街) NOT 金华",
        "date:[2024-01 TO *] 淄博周顺发五金",
        "caseNumber:金东* 金",
        "\"户外广告",
        "户外广告 (",
        "a:b:c",
        "~2",
        "/regex",
        "鑫源商贸~2",
        "( )"
      })
  void everyParsedFormIsTranslatedWithoutFallingBack(String text) {
    translator.translate(parser.parse(text).query());
    translator.translate(parser.parseForCounting(text));
    translator.translate(parser.parseForSnippets(text));

    assertThat(fallbacks).as("forms without an OpenSearch translation").isEmpty();
  }

  @Test
  void aFormWithoutTranslationIsSearchedAsItsTermsInsteadOfFailing() {
    String span =
        translator
            .translate(new SpanFirstQuery(new SpanTermQuery(new Term("parties", "鑫源")), 3))
            .toJsonString();
    String fuzzy =
        translator.translate(new FuzzyQuery(new Term("decisionNumber", "x"))).toJsonString();

    assertThat(span).contains("\"must\"", "\"bg.parties\"", "\"鑫源\"");
    assertThat(fuzzy).contains("match_none");
    assertThat(fallbacks).hasSize(2);
  }
}
