package org.gongshi.archive.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.search.query.UserQueryParser;
import org.gongshi.security.CurrentUser;

/** Full-text search over the archive (scoped to the caller's agency), and index maintenance. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "检索")
public class SearchResource {
  @Inject ArchiveSearch search;
  @Inject ArchiveIndex index;
  @Inject CurrentUser currentUser;

  /** One hit; {@code score} is null when the results are sorted by date (no relevance). */
  public record HitView(
      String id,
      Float score,
      java.util.Map<String, java.util.List<String>> fields,
      String snippet) {}

  /** A page of results as the API answers it. */
  public record Results(
      long totalHits,
      java.util.List<HitView> hits,
      java.util.Map<String, java.util.List<SearchResult.FacetCount>> facets,
      String nextCursor,
      boolean degraded,
      boolean approximate) {
    static Results of(SearchResult r) {
      return new Results(
          r.totalHits(),
          r.hits().stream()
              .map(
                  h ->
                      new HitView(
                          h.id(),
                          Float.isFinite(h.score()) ? h.score() : null,
                          h.fields(),
                          h.snippet()))
              .toList(),
          r.facets(),
          r.nextCursor(),
          r.degraded(),
          r.approximate());
    }
  }

  @GET
  @Operation(summary = "检索案卷与文书：词语、\"短语\"、AND/OR/NOT、字段:值、date:[起 TO 止]")
  public Results search(
      @QueryParam("q") String q,
      @QueryParam("type") String documentType,
      @QueryParam("procedure") String procedure,
      @QueryParam("penalty") String penalty,
      @QueryParam("year") String year,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") @DefaultValue("RELEVANCE") String sort,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("after") String after) {
    SearchRequest.Sort order;
    try {
      order = SearchRequest.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("sort", "排序只能是 RELEVANCE（相关度）或 DATE（日期）");
    }
    if (size < 1 || size > 100) throw DomainException.invalid("size", "每页条数须在 1–100 之间");
    if (q != null && UserQueryParser.nesting(q) > UserQueryParser.MAX_NESTING) {
      throw DomainException.invalid(
          "q", "检索式的括号嵌套过深：最多 " + UserQueryParser.MAX_NESTING + " 层，请简化检索式");
    }
    SearchResult r =
        search.search(
            new ArchiveSearch.Query(
                q,
                documentType,
                procedure,
                penalty,
                year,
                Dates.optional("from", from),
                Dates.optional("to", to),
                order,
                size,
                after));
    return Results.of(r);
  }

  /** Drift between database and index (ids listed up to 100), and the last repair. */
  public record Check(
      long casesInDatabase,
      long casesInIndex,
      long documentsInDatabase,
      long documentsInIndex,
      int missing,
      int stale,
      java.util.List<String> missingIds,
      java.util.List<String> staleIds,
      long outboxBehind,
      boolean consistent,
      ArchiveIndex.Repair lastRepair) {
    static Check of(ArchiveIndex.Drift d, ArchiveIndex.Repair last) {
      return new Check(
          d.casesInDatabase(),
          d.casesInIndex(),
          d.documentsInDatabase(),
          d.documentsInIndex(),
          d.missing().size(),
          d.stale().size(),
          d.missing().stream().limit(100).toList(),
          d.stale().stream().limit(100).toList(),
          d.outboxBehind(),
          d.consistent(),
          last);
    }
  }

  @GET
  @Path("check")
  @Operation(summary = "比对数据库与索引的全部编号：缺失、多余、待处理队列；附最近一次自动修复")
  public Check check() {
    currentUser.require(Role.ADMIN);
    return search.check();
  }

  @POST
  @Path("check")
  @Operation(summary = "立即比对并修复索引偏差（缺失的重新索引，多余的删除），返回修复内容")
  public Check repair() throws java.io.IOException {
    currentUser.require(Role.ADMIN);
    return search.repair();
  }

  /**
   * A rebuild job: its status, cases indexed so far of the cases to index, the last step's exit
   * status.
   */
  public record Rebuild(
      long executionId, String status, long casesProcessed, long casesTotal, String exitStatus) {}

  @POST
  @Path("rebuild")
  @Operation(summary = "从数据库重建索引（Jakarta Batch 作业，不停止检索）")
  public Response rebuild() {
    currentUser.require(Role.ADMIN);
    long id = index.startRebuildJob();
    return Response.accepted(status(id)).build();
  }

  @GET
  @Path("rebuild/{id}")
  public Rebuild rebuildStatus(@PathParam("id") long id) {
    currentUser.require(Role.ADMIN);
    return status(id);
  }

  private Rebuild status(long id) {
    JobOperator ops = BatchRuntime.getJobOperator();
    JobExecution e;
    try {
      e = ops.getJobExecution(id);
    } catch (RuntimeException notFound) {
      throw DomainException.notFound("没有编号为 " + id + " 的重建作业");
    }
    return new Rebuild(
        id,
        e.getBatchStatus().name(),
        index.rebuildProgress(),
        index.rebuildTotal(),
        e.getExitStatus());
  }
}
