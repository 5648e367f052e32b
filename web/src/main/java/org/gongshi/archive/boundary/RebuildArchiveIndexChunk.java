package org.gongshi.archive.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The chunk step of the index rebuild: case ids are read by id range (the checkpoint is the last
 * id), each chunk's cases are indexed in the chunk's own transaction, so a large archive is never
 * read in one transaction. A failed job drops its half-built index; start a new one.
 */
public final class RebuildArchiveIndexChunk {
  private RebuildArchiveIndexChunk() {}

  /** Case ids in id order, fetched a page at a time. */
  @Named("rebuildCaseReader")
  @Dependent
  public static class Reader extends AbstractItemReader {
    @Inject ArchiveIndex index;
    @Inject @BatchProperty String fetchSize;
    private long lastId;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
      lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
      if (buffer.isEmpty()) {
        buffer.addAll(
            index.caseIdsAfter(lastId, fetchSize == null ? 500 : Integer.parseInt(fetchSize)));
        if (buffer.isEmpty()) return null;
      }
      lastId = buffer.peekFirst();
      return buffer.pollFirst();
    }

    @Override
    public Serializable checkpointInfo() {
      return lastId;
    }
  }

  /** Indexes one chunk of cases into the rebuild. */
  @Named("rebuildCaseWriter")
  @Dependent
  public static class Writer extends AbstractItemWriter {
    @Inject ArchiveIndex index;

    @Override
    public void writeItems(List<Object> items) throws Exception {
      index.rebuildCases(items.stream().map(Long.class::cast).toList());
    }
  }

  /** A job that did not complete drops its half-built index. */
  @Named("rebuildJobListener")
  @Dependent
  public static class Listener extends AbstractJobListener {
    @Inject ArchiveIndex index;
    @Inject JobContext job;

    @Override
    public void afterJob() throws Exception {
      if (job.getBatchStatus() != BatchStatus.COMPLETED) index.abortRebuild(job.getExecutionId());
    }
  }
}
