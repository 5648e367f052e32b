package org.gongshi.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** After start-up (and demo data) has committed, re-queues extractions a stop interrupted. */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionResume {
  private static final Logger LOG = Logger.getLogger(ExtractionResume.class.getName());

  @Inject ExtractionService extraction;

  @PostConstruct
  void resume() {
    int n = extraction.resumePending();
    if (n > 0) LOG.info("Text extraction queued for " + n + " files");
  }
}
