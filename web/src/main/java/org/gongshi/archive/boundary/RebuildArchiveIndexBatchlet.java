package org.gongshi.archive.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The first and last steps of the index rebuild: open the new index, then commit and swap it in.
 */
@Named
@Dependent
public class RebuildArchiveIndexBatchlet extends AbstractBatchlet {
  @Inject ArchiveIndex index;
  @Inject StepContext step;
  @Inject JobContext job;
  @Inject @BatchProperty String action;

  @Override
  public String process() throws Exception {
    if ("begin".equals(action)) {
      index.beginRebuild(job.getExecutionId());
      step.setExitStatus("CASES " + index.rebuildTotal());
    } else {
      step.setExitStatus("INDEXED " + index.finishRebuild());
    }
    return "COMPLETED";
  }
}
