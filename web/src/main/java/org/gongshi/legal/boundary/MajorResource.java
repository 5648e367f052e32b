package org.gongshi.legal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Downloads;

/**
 * Major decisions over REST: the rules, the legal reviewer's queue and the legal office's filings.
 * A case's own endpoints are {@link MajorCaseResource}, an agency's limits {@link
 * AgencyMajorResource}.
 */
@Path("/major")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "重大行政处罚决定")
public class MajorResource {
  static final String XLSX = Downloads.XLSX;

  @Inject MajorDecisions majors;
  @Inject LegalReviews reviews;
  @Inject Filings filings;

  @GET
  @Path("rules")
  @Operation(summary = "重大行政处罚决定标准（按地区、领域和施行日期）")
  public List<MajorDecisions.RuleView> rules() {
    return majors.rules();
  }

  @POST
  @Path("rules")
  @Operation(summary = "新增一版标准（系统管理员）；旧版本保留，过去的案件按其决定之日有效的标准判断")
  public Response addRule(MajorDecisions.RuleInput in) {
    return Response.status(201).entity(majors.addRule(in)).build();
  }

  @GET
  @Path("reviews")
  @Operation(summary = "法制审核人员的待审队列（按期限排序）")
  public List<LegalReviews.ReviewView> queue() {
    return reviews.queue();
  }

  @GET
  @Path("reviews/{reviewId}")
  @Operation(summary = "一项法制审核")
  public LegalReviews.ReviewView review(@PathParam("reviewId") long reviewId) {
    return reviews.get(reviewId);
  }

  @POST
  @Path("reviews/{reviewId}/extension")
  @Operation(summary = "经批准延长审核期限")
  public LegalReviews.ReviewView extend(
      @PathParam("reviewId") long reviewId, LegalReviews.ExtensionInput in) {
    return reviews.extend(reviewId, in);
  }

  @POST
  @Path("reviews/{reviewId}/conclusion")
  @Operation(summary = "审核结论：逐项意见，通过、退回补正或不予通过")
  public LegalReviews.ReviewView conclude(
      @PathParam("reviewId") long reviewId, LegalReviews.ConclusionInput in) {
    return reviews.conclude(reviewId, in);
  }

  @GET
  @Path("filings")
  @Operation(summary = "司法局备案工作台：辖区内各机关按时、迟报、漏报、不报和待审查")
  public List<Filings.AgencyFilings> workspace(@QueryParam("year") Integer year) {
    return filings.workspace(
        year == null ? LocalDate.now(org.gongshi.platform.Clocks.CHINA).getYear() : year);
  }

  @GET
  @Path("filings/{filingId}")
  @Operation(summary = "一项备案")
  public Filings.FilingView filing(@PathParam("filingId") long filingId) {
    return filings.get(filingId);
  }

  @POST
  @Path("filings/{filingId}/examination")
  @Operation(summary = "备案审查结果：准予备案，或责令纠正并说明理由")
  public Filings.FilingView examine(
      @PathParam("filingId") long filingId, Filings.ExaminationInput in) {
    return filings.examine(filingId, in);
  }

  @POST
  @Path("filings/{filingId}/answer")
  @Operation(summary = "机关答复纠正意见")
  public Filings.FilingView answer(@PathParam("filingId") long filingId, Filings.AnswerInput in) {
    return filings.answer(filingId, in);
  }

  @GET
  @Path("filings/summary.pdf")
  @Produces("application/pdf")
  @Operation(summary = "月度备案情况汇总表（PDF）")
  public Response summaryPdf(@QueryParam("month") String month) {
    return file(filings.monthlyPdf(month(month)), "application/pdf", "重大行政处罚决定备案情况汇总表.pdf");
  }

  @GET
  @Path("filings/summary.xlsx")
  @Produces(XLSX)
  @Operation(summary = "月度备案情况汇总表（XLSX）")
  public Response summaryXlsx(@QueryParam("month") String month) {
    return file(filings.monthlyXlsx(month(month)), XLSX, "重大行政处罚决定备案情况汇总表.xlsx");
  }

  static YearMonth month(String value) {
    if (value == null || value.isBlank())
      throw DomainException.invalid("month", "请选择月份，格式 YYYY-MM，如 2026-11");
    try {
      YearMonth m = YearMonth.parse(value.trim());
      if (m.getYear() < 2000
          || m.isAfter(YearMonth.now(org.gongshi.platform.Clocks.CHINA).plusMonths(1)))
        throw DomainException.invalid("month", "月份须在 2000-01 至下月之间");
      return m;
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("month", "月份“" + value + "”不合法，格式应为 YYYY-MM，如 2026-11");
    }
  }

  private static Response file(byte[] bytes, String type, String fileName) {
    return Downloads.file(
        bytes, type, type.equals(XLSX) ? "filings.xlsx" : "filings.pdf", fileName);
  }
}
