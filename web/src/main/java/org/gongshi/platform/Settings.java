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

  public Optional<String> dbSchema() {
    return dbSchema.filter(s -> !s.isBlank());
  }
}
