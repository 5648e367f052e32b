package org.gongshi.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.search.query.Synonyms;
import org.junit.jupiter.api.Test;

class WhyMatchedTest {

  private static PublishedDecision decision(String facts) {
    PublishedDecision d =
        new PublishedDecision(
            1,
            1,
            "金华市金东区综合行政执法局",
            null,
            "金东综执罚决字〔2024〕第1号",
            LocalDate.of(2024, 3, 1),
            Instant.EPOCH);
    d.content(
        "金华市恒达建材有限公司",
        PartyKind.ORGANISATION,
        null,
        null,
        "违反城乡规划管理",
        facts,
        null,
        "罚款",
        null,
        null,
        null,
        null,
        null,
        null,
        null);
    return d;
  }

  @Test
  void aHitFoundThroughASynonymSaysWhich() {
    PublishedDecision d = decision("当事人未取得建设工程规划许可证，擅自搭建钢结构厂房");

    assertThat(PublicDecisions.why(d, Synonyms.standard().expansions("违章建筑 恒达")))
        .isEqualTo("检索词“违章建筑”按同义词“未取得建设工程规划许可证”“擅自搭建”找到");
  }

  @Test
  void aHitWithTheTypedWordNeedsNoReason() {
    PublishedDecision d = decision("当事人所建违章建筑未取得建设工程规划许可证");

    assertThat(PublicDecisions.why(d, Synonyms.standard().expansions("违章建筑"))).isNull();
    assertThat(PublicDecisions.why(d, Synonyms.standard().expansions("恒达"))).isNull();
  }
}
