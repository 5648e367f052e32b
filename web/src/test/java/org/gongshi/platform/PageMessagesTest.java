package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageMessagesTest {
  @Test
  void aPageNamesTheFieldInChineseAndNeverShowsItsKey() {
    assertThat(PageMessages.of(DomainException.invalid("filedOn", "不能是将来的日期")))
        .isEqualTo("申请（起诉）日期：不能是将来的日期");
    assertThat(PageMessages.of(DomainException.invalid("parties[1].idNumber", "校验位不符")))
        .isEqualTo("第 2 个当事人的身份证件号码：校验位不符");
    assertThat(PageMessages.of(DomainException.invalid("someInternalKey", "请检查输入")))
        .isEqualTo("请检查输入");
    assertThat(PageMessages.of(DomainException.invalid("day", "格式不对"), Map.of("day", "节假日日期")))
        .isEqualTo("节假日日期：格式不对");
  }
}
