package org.gongshi.archive.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Jakarta Batch step of the index rebuild; progress is read from {@link ArchiveIndex}. */
@Named
@Dependent
public class RebuildArchiveIndexBatchlet extends AbstractBatchlet {
  @Inject ArchiveIndex index;
  @Inject StepContext step;

  @Override
  public String process() throws Exception {
    long docs = index.rebuild();
    step.setExitStatus("INDEXED " + docs);
    return "COMPLETED";
  }
}
