package org.gongshi.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertAddressTest {
  @Test
  void aPlainAddressIsKeptWithItsDomainInLowerCase() {
    assertThat(AlertAddress.check("  Li.Ming+gongshi@Example.COM ").address())
        .contains("Li.Ming+gongshi@example.com");
  }

  @Test
  void headerInjectionListsAndDisplayNamesAreRefusedSayingWhy() {
    for (String hostile :
        List.of(
            "a@example.com\r\nBcc: victim@example.org",
            "a@example.com\nSubject: hi",
            "a@example.com, b@example.com",
            "a@example.com;b@example.com",
            "张三 <a@example.com>",
            "\"x\"@example.com",
            "a@localhost",
            "<script>@example.com")) {
      AlertAddress.Result r = AlertAddress.check(hostile);
      assertThat(r.address()).as(hostile).isEmpty();
      assertThat(r.problem()).as(hostile).contains("电子邮箱");
    }
    assertThat(AlertAddress.check("").problem()).isEqualTo("请填写电子邮箱");
    assertThat(AlertAddress.check("a".repeat(250) + "@example.com").problem()).contains("最多 254");
  }

  @Test
  void searchWordsCannotBreakTheSubjectLineAndStayPlainText() {
    String what = "检索“<script>alert(1)</script>\r\nBcc: x@example.org”";
    String subject = AlertMail.digestSubject(what, 2);
    assertThat(subject).doesNotContain("\r", "\n").contains("<script>");
    assertThat(AlertMail.confirmSubject(what)).doesNotContain("\r", "\n");
    String body =
        AlertMail.digestBody(
            what,
            List.of(
                new AlertMail.Line(
                    "金东综执罚决字〔2026〕第1号",
                    "金华市金东区综合行政执法局",
                    "张某某",
                    "占道经营",
                    LocalDate.of(2026, 12, 1),
                    "https://gongshi.example/portal/decisions/7")),
            "https://gongshi.example/portal/alerts/unsubscribe?token=abc",
            "行政执法公示网站");
    assertThat(body)
        .contains("金东综执罚决字〔2026〕第1号", "当事人 张某某", "决定日期 2026-12-01")
        .contains("https://gongshi.example/portal/decisions/7")
        .contains("退订", "https://gongshi.example/portal/alerts/unsubscribe?token=abc")
        .doesNotContain("\r\nBcc");
  }
}
