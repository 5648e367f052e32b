package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void markupCharactersAreEscapedAndChineseKept() {
    assertThat(Markup.escape("<script>alert('张三 & \"李四\"')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;张三 &amp; &quot;李四&quot;&#39;)&lt;/script&gt;");
  }

  @Test
  void charactersXmlForbidsAreDroppedButSupplementaryOnesKept() {
    assertThat(Markup.escape("a\u0000b\u0007c\uD800d𠀀e\n")).isEqualTo("abcd𠀀e\n");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Markup.escape(null)).isEmpty();
  }
}
