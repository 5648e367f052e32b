package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredSpansTest {
  private static final Redactor REDACTOR = new Redactor(RedactionRules.defaults());

  @Test
  void an_officers_unmasked_span_survives_storage_and_the_rest_stay_masked() {
    String text = "当事人：王建国，联系电话：13812345678，身份证号码：11010519491231002X。";
    RedactionProposal p = REDACTOR.propose(text, CaseContext.naturalPerson("王建国", Set.of()));
    int phone =
        p.spans().stream()
            .filter(s -> s.category() == SpanCategory.PHONE)
            .findFirst()
            .orElseThrow()
            .id();

    var stored = StoredSpans.parse(StoredSpans.toJson(p, Set.of(phone)));

    assertThat(StoredSpans.unmasked(stored)).containsExactly(phone);
    assertThat(StoredSpans.proposal(text, stored).spans()).isEqualTo(p.spans());
    assertThat(StoredSpans.publicText(text, stored))
        .contains("13812345678")
        .doesNotContain("王建国", "11010519491231002X");
  }

  @Test
  void a_manual_mask_is_kept_with_its_replacement() {
    String text = "现场检查发现其在光明路12号经营。";
    RedactionProposal p =
        REDACTOR
            .propose(text, CaseContext.organisation("某公司", Set.of()))
            .withManualSpan(text.indexOf("光明路"), text.indexOf("经营"));

    String published =
        StoredSpans.publicText(text, StoredSpans.parse(StoredSpans.toJson(p, Set.of())));

    assertThat(published).isEqualTo("现场检查发现其在***经营。");
  }

  @Test
  void nothing_stored_is_no_span() {
    assertThat(StoredSpans.parse(null)).isEmpty();
    assertThat(StoredSpans.publicText("原文", StoredSpans.parse(null))).isEqualTo("原文");
  }
}
