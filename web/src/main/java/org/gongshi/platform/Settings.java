package org.gongshi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Server settings, set by wildfly-config from environment variables. */
@ApplicationScoped
public class Settings {
  @Inject
  @ConfigProperty(name = "gongshi.store.dir", defaultValue = "gongshi-store")
  String storeDir;

  @Inject
  @ConfigProperty(name = "gongshi.index.dir", defaultValue = "gongshi-index")
  String indexDir;

  @Inject
  @ConfigProperty(name = "gongshi.upload.max-bytes", defaultValue = "209715200")
  long uploadMaxBytes;

  @Inject
  @ConfigProperty(name = "gongshi.index.rebuild-page", defaultValue = "500")
  int indexRebuildPage;

  @Inject
  @ConfigProperty(name = "gongshi.demo", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "gongshi.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "gongshi.db.schema")
  Optional<String> dbSchema;

  @Inject
  @ConfigProperty(name = "gongshi.portal.sponsor", defaultValue = "金华市金东区综合行政执法局（演示站点）")
  String portalSponsor;

  @Inject
  @ConfigProperty(name = "gongshi.portal.contact", defaultValue = "0579-82000000（工作日 8:30—17:00）")
  String portalContact;

  @Inject
  @ConfigProperty(name = "gongshi.portal.supervision-phone", defaultValue = "12345")
  String portalSupervisionPhone;

  @Inject
  @ConfigProperty(name = "gongshi.portal.address", defaultValue = "浙江省金华市金东区（演示地址）")
  String portalAddress;

  @Inject
  @ConfigProperty(
      name = "gongshi.portal.data-licence",
      defaultValue = "知识共享署名 4.0 国际许可协议（CC BY 4.0）：可自由复制、分发和再利用，须注明来源")
  String portalDataLicence;

  public Path storeDir() {
    return Path.of(storeDir);
  }

  public Path indexDir() {
    return Path.of(indexDir);
  }

  public long uploadMaxBytes() {
    return uploadMaxBytes;
  }

  /** Published decisions a public-index rebuild reads per query (GONGSHI_INDEX_REBUILD_PAGE). */
  public int indexRebuildPage() {
    return Math.max(1, indexRebuildPage);
  }

  public boolean demo() {
    return demo;
  }

  /**
   * The public address of the portal, ending in "/", for absolute links (feeds, sitemap, open
   * data); never taken from a request's Host header.
   */
  public String publicBaseUrl() {
    return publicBaseUrl(publicBaseUrl);
  }

  static String publicBaseUrl(String configured) {
    java.net.URI u;
    try {
      u = java.net.URI.create(configured.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("GONGSHI_PUBLIC_BASE_URL is not a URL: " + configured, e);
    }
    if (u.getHost() == null
        || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
        || u.getQuery() != null
        || u.getFragment() != null) {
      throw new IllegalStateException(
          "GONGSHI_PUBLIC_BASE_URL must be an http(s) address without query: " + configured);
    }
    String s = u.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  public Optional<String> dbSchema() {
    return dbSchema.filter(s -> !s.isBlank());
  }

  /** Who runs the public portal (GONGSHI_PORTAL_SPONSOR): about page, footer, open-data source. */
  public String portalSponsor() {
    return portalSponsor;
  }

  /** The portal's contact telephone (GONGSHI_PORTAL_CONTACT). */
  public String portalContact() {
    return portalContact;
  }

  /** The supervision (complaint) telephone (GONGSHI_PORTAL_SUPERVISION_PHONE). */
  public String portalSupervisionPhone() {
    return portalSupervisionPhone;
  }

  /** The sponsor's address (GONGSHI_PORTAL_ADDRESS). */
  public String portalAddress() {
    return portalAddress;
  }

  /** The licence of the open data (GONGSHI_PORTAL_DATA_LICENCE). */
  public String portalDataLicence() {
    return portalDataLicence;
  }
}
