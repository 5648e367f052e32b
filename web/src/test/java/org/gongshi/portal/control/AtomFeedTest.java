package org.gongshi.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomFeedTest {

  @Test
  void aFeedIsWellFormedAtomWithEscapedText() throws Exception {
    Instant t = Instant.parse("2026-03-02T01:02:03.456Z");
    String xml =
        AtomFeed.write(
            "http://x/api/public/decisions.atom?q=a&b",
            "行政处罚决定公示：<广告> & “招牌”",
            "http://x/self?q=1&agency=2",
            "http://x/portal/search?q=1&agency=2",
            t,
            List.of(
                new AtomFeed.Entry(
                    "http://x/portal/decisions/1",
                    "金东综执罚决字〔2024〕第1号 · A&B <公司>",
                    "http://x/portal/decisions/1",
                    t,
                    t,
                    "金东区综合行政执法局",
                    "罚款\u0001二千元 ]]> </summary>",
                    List.of("罚款", "没收\"违法\"所得"))));

    Document doc =
        DocumentBuilderFactory.newNSInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("行政处罚决定公示：<广告> & “招牌”");
    assertThat(doc.getElementsByTagName("entry").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("summary").item(0).getTextContent())
        .isEqualTo("罚款二千元 ]]> </summary>");
    assertThat(doc.getElementsByTagName("updated").item(0).getTextContent())
        .isEqualTo("2026-03-02T01:02:03Z");
    assertThat(xml)
        .contains("href=\"http://x/self?q=1&amp;agency=2\"")
        .contains("term=\"没收&quot;违法&quot;所得\"");
  }

  @Test
  void anEmptyFeedIsStillValid() throws Exception {
    String xml = AtomFeed.write("urn:x", "t", "http://x/a", "http://x/b", null, List.of());
    Document doc =
        DocumentBuilderFactory.newNSInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("entry").getLength()).isZero();
  }

  @Test
  void sitemapEscapesAmpersands() {
    String xml =
        Sitemap.write(
            List.of(
                new Sitemap.Url(
                    "http://x/portal/item.xhtml?agency=1&code=A",
                    java.time.LocalDate.of(2026, 1, 2))));
    assertThat(xml)
        .contains(
            "<loc>http://x/portal/item.xhtml?agency=1&amp;code=A</loc><lastmod>2026-01-02</lastmod>");
  }
}
