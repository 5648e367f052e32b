package org.gongshi.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.reporting.boundary.Reports.Format;

/** Each agency's annual enforcement statistics of finished years, public (事前公开). */
@Path("/public/statistics")
@RequestScoped
@Tag(name = "开放数据")
public class PublicStatisticsResource {
  static final String XLSX = ReportsResource.XLSX;

  @Inject Reports reports;

  @GET
  @Path("{agencyId: \\d{1,18}}/{year: \\d{4}}.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "执法机关年度行政执法数据（PDF，已结束的年度）")
  public Response pdf(@PathParam("agencyId") long agencyId, @PathParam("year") String year) {
    return ReportsResource.file(
        reports.publishedAnnualStatistics(year, agencyId, Format.PDF),
        "application/pdf",
        year + "年度行政执法数据.pdf");
  }

  @GET
  @Path("{agencyId: \\d{1,18}}/{year: \\d{4}}.xlsx")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "执法机关年度行政执法数据（Excel，已结束的年度）")
  public Response xlsx(@PathParam("agencyId") long agencyId, @PathParam("year") String year) {
    return ReportsResource.file(
        reports.publishedAnnualStatistics(year, agencyId, Format.XLSX),
        XLSX,
        year + "年度行政执法数据.xlsx");
  }
}
