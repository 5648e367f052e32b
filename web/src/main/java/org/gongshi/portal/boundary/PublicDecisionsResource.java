package org.gongshi.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;
import org.gongshi.portal.control.AtomFeed;
import org.gongshi.portal.control.OpenDataCsv;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * Open data of published decisions: JSON (paged), CSV (双公示 fields), Atom, one decision and its PDF;
 * all with the same filters as the search page, public caching and 304 on a matching ETag.
 */
@Path("/")
@RequestScoped
public class PublicDecisionsResource {
  @Inject Clock clock;
  private static final Jsonb JSON = JsonbBuilder.create();
  static final int CSV_MAX_ROWS = 100_000;
  static final int FEED_ENTRIES = 50;

  @Inject PublicDecisions decisions;
  @Inject PublicIndex index;
  @Inject Settings settings;
  @Context HttpHeaders headers;

  @GET
  @Path("public/decisions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("agency") String agency,
      @QueryParam("domain") String domain,
      @QueryParam("year") String year,
      @QueryParam("penalty") String penalty,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("fine") String fine,
      @QueryParam("category") String category) {
    PortalQuery requested =
        PortalQuery.parse(q, agency, domain, year, penalty, page, size, sort, cursor)
            .withRanges(from, to, fine)
            .withCategory(category);
    PublicDecisions.Page p = decisions.search(requested);
    PortalQuery query = p.query(); // a page past the last is the last
    String root = root();
    List<PublicViews.Decision> items =
        p.hits().stream()
            .map(
                f ->
                    PublicViews.Decision.of(
                        f.decision(),
                        root,
                        f.snippet(),
                        false,
                        f.decision().getPdfSha256() != null))
            .toList();
    Map<String, String> links = new LinkedHashMap<>();
    links.put("self", root + "api/public/decisions" + query.queryString());
    if (p.hasNext() && query.cursor() == null)
      links.put(
          "next", root + "api/public/decisions" + query.withPage(query.page() + 1).queryString());
    if (p.nextCursor() != null) {
      links.put(
          "after",
          root
              + "api/public/decisions"
              + query.withPage(1).queryString()
              + (query.withPage(1).queryString().isEmpty() ? "?" : "&")
              + "cursor="
              + p.nextCursor());
    }
    links.put("csv", root + "api/public/decisions.csv" + query.filtersOnly().queryString());
    links.put("atom", root + "api/public/decisions.atom" + query.filtersOnly().queryString());
    links.put("html", root + "portal/search" + query.withPage(query.page()).queryString());
    PublicViews.DecisionPage body =
        new PublicViews.DecisionPage(
            p.total(),
            p.approximate(),
            query.page(),
            query.size(),
            p.pages(),
            p.nextCursor(),
            links,
            p.facets(),
            items);
    Instant last =
        p.hits().stream()
            .map(f -> f.decision().getUpdatedAt())
            .max(Instant::compareTo)
            .orElse(null);
    return cached(
        Caching.utf8(JSON.toJson(body)), MediaType.APPLICATION_JSON + ";charset=UTF-8", last, null);
  }

  @GET
  @Path("public/decisions.csv")
  @Produces("text/csv")
  public Response csv(
      @QueryParam("q") String q,
      @QueryParam("agency") String agency,
      @QueryParam("domain") String domain,
      @QueryParam("year") String year,
      @QueryParam("penalty") String penalty,
      @QueryParam("sort") String sort,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("fine") String fine,
      @QueryParam("category") String category) {
    PortalQuery query =
        PortalQuery.parse(
                q, agency, domain, year, penalty, null, null, sort == null ? "date" : sort, null)
            .withRanges(from, to, fine)
            .withCategory(category);
    String root = root();
    StringBuilder out = new StringBuilder(8192);
    Instant[] last = {null};
    try {
      OpenDataCsv.writeHeader(out);
      decisions.each(
          query,
          CSV_MAX_ROWS,
          rows -> {
            for (PublishedDecision d : rows) {
              try {
                OpenDataCsv.writeRow(
                    out, OpenDataCsv.cells(d, root + "portal/decisions/" + d.getId()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              if (last[0] == null || d.getUpdatedAt().isAfter(last[0])) last[0] = d.getUpdatedAt();
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = "行政处罚决定公示-" + java.time.LocalDate.now(clock) + ".csv";
    return cached(
        Caching.utf8(out.toString()),
        "text/csv;charset=UTF-8",
        last[0],
        "attachment; filename=\"decisions.csv\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  @GET
  @Path("public/decisions.atom")
  @Produces("application/atom+xml")
  public Response atom(
      @QueryParam("q") String q,
      @QueryParam("agency") String agency,
      @QueryParam("domain") String domain,
      @QueryParam("year") String year,
      @QueryParam("penalty") String penalty,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("fine") String fine,
      @QueryParam("category") String category) {
    PortalQuery query =
        PortalQuery.parse(q, agency, domain, year, penalty, null, null, null, null)
            .withRanges(from, to, fine)
            .withCategory(category);
    String root = root();
    List<PublishedDecision> rows =
        query.equals(PortalQuery.all())
            ? decisions.latest(FEED_ENTRIES)
            : decisions.newest(query, FEED_ENTRIES);
    List<AtomFeed.Entry> entries = new ArrayList<>();
    Instant updated = Instant.EPOCH;
    for (PublishedDecision d : rows) {
      String link = root + "portal/decisions/" + d.getId();
      String title =
          d.getDecisionNumber() + (d.getPartyName() == null ? "" : " · " + d.getPartyName());
      String summary = join(d.getAgencyName(), d.getViolationType(), d.getPenaltyContent());
      entries.add(
          new AtomFeed.Entry(
              link,
              title,
              link,
              d.getPublishedAt(),
              d.getPublishedAt(),
              d.getAgencyName(),
              summary,
              PublicIndex.penaltyTypes(d.getPenaltyTypes())));
      if (d.getPublishedAt().isAfter(updated)) updated = d.getPublishedAt();
    }
    String scope = describe(query);
    String self = root + "api/public/decisions.atom" + query.queryString();
    String xml =
        AtomFeed.write(
            self,
            "行政处罚决定公示" + (scope.isEmpty() ? "" : "：" + scope),
            self,
            root + "portal/search" + query.queryString(),
            updated,
            entries);
    return cached(
        Caching.utf8(xml),
        "application/atom+xml;charset=UTF-8",
        rows.isEmpty() ? null : updated,
        null);
  }

  @GET
  @Path("public/decisions/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response one(@PathParam("id") String id) {
    PublishedDecision d = decision(id);
    String tag = Caching.decisionTag(d.getId(), d.getVersion(), "json");
    if (Caching.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag))
      return notModified(tag, d.getUpdatedAt());
    boolean pdf = decisions.pdf(d).isPresent();
    String json = JSON.toJson(PublicViews.Decision.of(d, root(), null, true, pdf));
    return Response.status(d.isPublic() ? 200 : 410)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(Caching.utf8(json))
        .header(HttpHeaders.ETAG, tag)
        .header(HttpHeaders.LAST_MODIFIED, Caching.httpDate(d.getUpdatedAt()))
        .header(HttpHeaders.CACHE_CONTROL, Caching.CACHE_CONTROL)
        .build();
  }

  @GET
  @Path("public/decisions/{id}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    PublishedDecision d = decision(id);
    if (!d.isPublic()) {
      throw new DomainException(
          410,
          null,
          "该决定已"
              + d.getStatus().label
              + "，文书不再公开"
              + (d.getNotice() == null ? "" : "：" + d.getNotice()));
    }
    java.nio.file.Path file =
        decisions.pdf(d).orElseThrow(() -> DomainException.notFound("该决定未附公开的决定书 PDF"));
    String tag = "\"" + d.getPdfSha256() + "\"";
    if (Caching.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag))
      return notModified(tag, d.getUpdatedAt());
    String name = d.getDecisionNumber() + ".pdf";
    try {
      return Response.ok(Files.newInputStream(file), "application/pdf")
          .header(HttpHeaders.CONTENT_LENGTH, Files.size(file))
          .header(
              "Content-Disposition",
              "inline; filename=\"decision-"
                  + d.getId()
                  + ".pdf\"; filename*=UTF-8''"
                  + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
          .header(HttpHeaders.ETAG, tag)
          .header(HttpHeaders.LAST_MODIFIED, Caching.httpDate(d.getUpdatedAt()))
          .header(HttpHeaders.CACHE_CONTROL, Caching.CACHE_CONTROL)
          .header("X-Content-Type-Options", "nosniff")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PublishedDecision decision(String id) {
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw DomainException.notFound("没有编号为 " + id + " 的公示决定");
    }
    return decisions.find(n).orElseThrow(() -> DomainException.notFound("没有编号为 " + id + " 的公示决定"));
  }

  /** 200 with validators, or 304 when the client's copy is current. */
  private Response cached(byte[] body, String type, Instant lastModified, String disposition) {
    String tag = Caching.bodyTag(body);
    if (Caching.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag))
      return notModified(tag, lastModified);
    Response.ResponseBuilder b =
        Response.ok(body, type)
            .header(HttpHeaders.ETAG, tag)
            .header(HttpHeaders.CACHE_CONTROL, Caching.CACHE_CONTROL)
            .header("Access-Control-Allow-Origin", "*");
    if (lastModified != null) b.header(HttpHeaders.LAST_MODIFIED, Caching.httpDate(lastModified));
    if (disposition != null) b.header("Content-Disposition", disposition);
    return b.build();
  }

  private static Response notModified(String tag, Instant lastModified) {
    Response.ResponseBuilder b =
        Response.notModified()
            .header(HttpHeaders.ETAG, tag)
            .header(HttpHeaders.CACHE_CONTROL, Caching.CACHE_CONTROL);
    if (lastModified != null) b.header(HttpHeaders.LAST_MODIFIED, Caching.httpDate(lastModified));
    return b.build();
  }

  /** The configured public address ("https://host/"), never the request's Host header. */
  private String root() {
    return settings.publicBaseUrl();
  }

  /** The filters in words, for a feed's title. */
  String describe(PortalQuery q) {
    List<String> parts = new ArrayList<>();
    if (q.agencyId() != null)
      parts.add(decisions.agencyNames().getOrDefault(q.agencyId(), "执法机关 " + q.agencyId()));
    if (q.q() != null) parts.add("“" + q.q() + "”");
    if (q.domain() != null) parts.add(q.domain());
    if (q.year() != null) parts.add(q.year() + " 年");
    if (q.penalty() != null) parts.add(q.penalty());
    if (q.category() != null) parts.add(q.category());
    return String.join(" · ", parts);
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isBlank()) continue;
      if (b.length() > 0) b.append("；");
      b.append(p);
    }
    return b.toString();
  }
}
