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
  @ConfigProperty(name = "gongshi.demo", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "gongshi.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "gongshi.db.schema")
  Optional<String> dbSchema;

  public Path storeDir() {
    return Path.of(storeDir);
  }

  public Path indexDir() {
    return Path.of(indexDir);
  }

  public long uploadMaxBytes() {
    return uploadMaxBytes;
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
}
