package org.gongshi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshi.security.CrossSiteRequestGuard.Seen;
import org.junit.jupiter.api.Test;

class CrossSiteRequestGuardTest {
  private static Seen seen(
      String method, String site, String origin, String referer, boolean cookie) {
    return new Seen(
        method,
        site,
        origin,
        referer,
        cookie,
        "gongshi.example:8443",
        "https",
        "gongshi.example",
        8443);
  }

  private static String refusal(
      String method, String site, String origin, String referer, boolean cookie) {
    return CrossSiteRequestGuard.refusal(seen(method, site, origin, referer, cookie));
  }

  @Test
  void readsAreNeverRefused() {
    assertThat(refusal("GET", "cross-site", "https://evil.example", null, true)).isNull();
    assertThat(refusal("HEAD", "cross-site", null, null, true)).isNull();
  }

  @Test
  void crossSiteStateChangesAreRefused() {
    assertThat(refusal("POST", "cross-site", "https://evil.example", null, true))
        .contains("cross-site");
    assertThat(refusal("PUT", "same-site", "https://a.gongshi.example:8443", null, true))
        .isNotNull();
    assertThat(refusal("DELETE", null, "https://evil.example", null, true)).contains("Origin");
    assertThat(refusal("PATCH", null, "null", null, true)).isNotNull();
    assertThat(refusal("POST", null, null, "https://evil.example/page", true)).contains("Referer");
    // same host name, another port: another origin
    assertThat(refusal("POST", null, "https://gongshi.example:9443", null, true)).isNotNull();
    // a session cookie and no word about where the request comes from
    assertThat(refusal("POST", null, null, null, true)).isNotNull();
  }

  @Test
  void ownPagesAndNonBrowserClientsPass() {
    assertThat(refusal("POST", "same-origin", "https://gongshi.example:8443", null, true)).isNull();
    assertThat(refusal("POST", null, "https://GONGSHI.example:8443", null, true)).isNull();
    assertThat(
            refusal("POST", null, null, "https://gongshi.example:8443/staff/case.xhtml?id=1", true))
        .isNull();
    // HTTP Basic script: no cookie, no browser headers
    assertThat(refusal("POST", null, null, null, false)).isNull();
  }

  @Test
  void aHostHeaderWithoutPortMeansTheSchemesDefault() {
    Seen behindProxy =
        new Seen(
            "POST",
            null,
            "https://gongshi.example",
            null,
            true,
            "gongshi.example",
            "https",
            "10.0.0.5",
            8080);
    assertThat(CrossSiteRequestGuard.refusal(behindProxy)).isNull();
    Seen otherPort =
        new Seen(
            "POST",
            null,
            "https://gongshi.example:9443",
            null,
            true,
            "gongshi.example",
            "https",
            "10.0.0.5",
            8080);
    assertThat(CrossSiteRequestGuard.refusal(otherPort)).isNotNull();
  }
}
