package org.gongshi.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Readiness for WildFly's /health: the database answers and the content store is writable. */
public final class Readiness {
  private Readiness() {}

  @org.eclipse.microprofile.health.Readiness
  @ApplicationScoped
  public static class Database implements HealthCheck {
    @Resource(lookup = "java:jboss/datasources/GongshiDS")
    DataSource ds;

    @Override
    public HealthCheckResponse call() {
      try (Connection c = ds.getConnection()) {
        return HealthCheckResponse.named("database")
            .status(c.isValid(2))
            .withData("product", c.getMetaData().getDatabaseProductName())
            .build();
      } catch (Exception e) {
        return HealthCheckResponse.named("database")
            .down()
            .withData("error", e.getClass().getSimpleName())
            .build();
      }
    }
  }

  @org.eclipse.microprofile.health.Readiness
  @ApplicationScoped
  public static class ContentStore implements HealthCheck {
    @Inject org.gongshi.platform.store.ContentStore store;

    @Override
    public HealthCheckResponse call() {
      // down while the store's marker is missing (a share not mounted) or it cannot be written
      boolean ok = store.isWritable();
      // no path in the answer: /health says up or down, not where the files are
      return HealthCheckResponse.named("content-store").status(ok).build();
    }
  }
}
