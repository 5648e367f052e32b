package org.gongshi.platform.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.gongshi.platform.Settings;

/** The one write-once content store of this server, at the configured directory. */
@ApplicationScoped
public class ContentStores {
  @Inject Settings settings;

  @Produces
  @Singleton
  ContentStore contentStore() {
    return new ContentStore(settings.storeDir());
  }
}
