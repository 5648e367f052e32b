package org.gongshi.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.archive.boundary.CasePdfs;
import org.gongshi.platform.Downloads;
import org.gongshi.reporting.boundary.Reports.Format;

/** Report downloads (PDF, XLSX). Bad parameters answer 400 JSON {field, message}. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "报表")
public class ReportsResource {
  static final String XLSX = Downloads.XLSX;

  @Inject Reports reports;
  @Inject CasePdfs casePdfs;

  /** One download and its parameters. */
  public record Download(String name, String path, String parameters, String roles) {}

  @GET
  @Operation(summary = "可下载的报表及其参数")
  public List<Download> index() {
    return List.of(
        new Download(
            "行政处罚决定公示及时性统计表",
            "/api/reports/disclosure-timeliness.pdf|xlsx",
            "from=YYYY-MM&to=YYYY-MM（最长36个月）&agencyId=（可选）",
            "系统管理员、司法局、公示审核员（本机关）"),
        new Download(
            "年度行政执法数据统计表",
            "/api/reports/annual-statistics.pdf|xlsx",
            "year=YYYY&agencyId=（可选）",
            "全部工作人员（本机关）；系统管理员、司法局（全部）"),
        new Download("案卷评查评分表", "/api/reports/reviews/{id}.pdf", "评查记录编号", "本机关工作人员、评查员"),
        new Download("行政处罚决定书", "/api/reports/cases/{id}/decision.pdf", "案件编号", "本机关工作人员"),
        new Download("卷宗封面及卷内目录", "/api/reports/cases/{id}/cover.pdf", "案件编号", "本机关工作人员"),
        new Download(
            "重大行政处罚决定备案报告", "/api/reports/cases/{id}/filing-report.pdf", "案件编号（仅重大决定）", "本机关工作人员"));
  }

  @GET
  @Path("disclosure-timeliness.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "行政处罚决定公示及时性统计表（PDF）")
  public Response timelinessPdf(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("agencyId") String agencyId) {
    return file(
        reports.timeliness(from, to, agencyId, Format.PDF),
        "application/pdf",
        "公示及时性统计表_" + from + "_" + to + ".pdf");
  }

  @GET
  @Path("disclosure-timeliness.xlsx")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "行政处罚决定公示及时性统计表（XLSX）")
  public Response timelinessXlsx(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("agencyId") String agencyId) {
    return file(
        reports.timeliness(from, to, agencyId, Format.XLSX),
        XLSX,
        "公示及时性统计表_" + from + "_" + to + ".xlsx");
  }

  @GET
  @Path("annual-statistics.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "年度行政执法数据统计表（PDF）")
  public Response annualPdf(
      @QueryParam("year") String year, @QueryParam("agencyId") String agencyId) {
    return file(
        reports.annualStatistics(year, agencyId, Format.PDF),
        "application/pdf",
        year + "年度行政执法数据.pdf");
  }

  @GET
  @Path("annual-statistics.xlsx")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "年度行政执法数据统计表（XLSX）")
  public Response annualXlsx(
      @QueryParam("year") String year, @QueryParam("agencyId") String agencyId) {
    return file(
        reports.annualStatistics(year, agencyId, Format.XLSX), XLSX, year + "年度行政执法数据.xlsx");
  }

  @GET
  @Path("reviews/{id: \\d+}.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "案卷评查评分表（PDF）")
  public Response reviewPdf(@PathParam("id") long id) {
    return file(reports.reviewSheet(id), "application/pdf", "案卷评查评分表_" + id + ".pdf");
  }

  @GET
  @Path("cases/{id}/decision.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "行政处罚决定书（同 /api/cases/{id}/decision.pdf）")
  public Response decisionPdf(@PathParam("id") long id) {
    return file(casePdfs.decisionPdf(id), "application/pdf", "行政处罚决定书.pdf");
  }

  @GET
  @Path("cases/{id}/cover.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "卷宗封面及卷内目录（同 /api/cases/{id}/cover.pdf）")
  public Response coverPdf(@PathParam("id") long id) {
    return file(casePdfs.coverAndCatalogPdf(id), "application/pdf", "卷宗封面及卷内目录.pdf");
  }

  @GET
  @Path("cases/{id}/filing-report.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "重大行政处罚决定备案报告（同 /api/cases/{id}/filing-report.pdf）")
  public Response filingReportPdf(@PathParam("id") long id, @Context SecurityContext security) {
    String reporter =
        security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    return file(casePdfs.filingReportPdf(id, reporter), "application/pdf", "重大行政处罚决定备案报告.pdf");
  }

  static Response file(byte[] bytes, String type, String fileName) {
    return Downloads.file(
        bytes, type, fileName.endsWith(".xlsx") ? "report.xlsx" : "report.pdf", fileName);
  }
}
