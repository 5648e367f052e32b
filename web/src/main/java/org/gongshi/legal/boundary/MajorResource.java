package org.gongshi.legal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.platform.DomainException;

/** Major decisions over REST: rules, settings, rights, legal review, discussion and filing. */
@Path("/major")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "重大行政处罚决定")
public class MajorResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject LegalReviews reviews;
  @Inject Discussions discussions;
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
  @Path("settings/{agencyId}")
  @Operation(summary = "本机关的听证、陈述申辩、法制审核、备案等时限和集体讨论人数")
  public MajorDecisions.SettingsView settings(@PathParam("agencyId") long agencyId) {
    return majors.settings(agencyId);
  }

  @PUT
  @Path("settings/{agencyId}")
  @Operation(summary = "修改本机关时限设置（系统管理员）")
  public MajorDecisions.SettingsView changeSettings(
      @PathParam("agencyId") long agencyId, MajorDecisions.SettingsInput in) {
    return majors.changeSettings(agencyId, in);
  }

  @GET
  @Path("cases/{caseId}")
  @Operation(summary = "本案是否重大及依据")
  public MajorDecisions.MajorView major(@PathParam("caseId") long caseId) {
    return majors.view(caseId);
  }

  @POST
  @Path("cases/{caseId}/marks")
  @Operation(summary = "依行政处罚法第五十八条标记为重大案件（须写明理由，不能取消）")
  public MajorDecisions.MajorView mark(
      @PathParam("caseId") long caseId, MajorDecisions.MarkInput in) {
    return majors.mark(caseId, in);
  }

  @GET
  @Path("cases/{caseId}/rights")
  @Operation(summary = "陈述申辩期、听证申请期及听证")
  public Rights.RightsView rights(@PathParam("caseId") long caseId) {
    return rights.view(caseId);
  }

  @POST
  @Path("cases/{caseId}/rights/notice")
  @Operation(summary = "记录事先告知的拟处罚内容")
  public Rights.RightsView notice(@PathParam("caseId") long caseId, Rights.NoticeInput in) {
    return rights.recordNotice(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/rights/statement-waiver")
  @Operation(summary = "当事人书面放弃陈述、申辩")
  public Rights.RightsView waiveStatement(@PathParam("caseId") long caseId, Rights.WaiverInput in) {
    return rights.waiveStatement(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/rights/hearing-waiver")
  @Operation(summary = "当事人书面放弃听证")
  public Rights.RightsView waiveHearing(@PathParam("caseId") long caseId, Rights.WaiverInput in) {
    return rights.waiveHearing(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/rights/hearing-request")
  @Operation(summary = "当事人申请听证")
  public Rights.RightsView requestHearing(
      @PathParam("caseId") long caseId, Rights.HearingRequestInput in) {
    return rights.requestHearing(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/rights/hearing")
  @Operation(summary = "记录听证：通知日期（至少提前七日）、举行日期、听证笔录")
  public Rights.RightsView hearing(@PathParam("caseId") long caseId, Rights.HearingInput in) {
    return rights.holdHearing(caseId, in);
  }

  @GET
  @Path("cases/{caseId}/reviews")
  @Operation(summary = "本案的法制审核")
  public List<LegalReviews.ReviewView> caseReviews(@PathParam("caseId") long caseId) {
    return reviews.ofCase(caseId);
  }

  @POST
  @Path("cases/{caseId}/reviews")
  @Operation(summary = "提交法制审核（系统预填七项审核内容）")
  public Response submitReview(@PathParam("caseId") long caseId) {
    return Response.status(201).entity(reviews.submit(caseId)).build();
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
  @Path("cases/{caseId}/discussions")
  @Operation(summary = "本案的集体讨论")
  public List<Discussions.DiscussionView> discussions(@PathParam("caseId") long caseId) {
    return discussions.ofCase(caseId);
  }

  @POST
  @Path("cases/{caseId}/discussions")
  @Operation(summary = "记录集体讨论：日期、参加人员、结论、案卷中的讨论记录")
  public Response discuss(@PathParam("caseId") long caseId, Discussions.DiscussionInput in) {
    return Response.status(201).entity(discussions.record(caseId, in)).build();
  }

  @GET
  @Path("cases/{caseId}/filings")
  @Operation(summary = "本案的备案")
  public List<Filings.FilingView> caseFilings(@PathParam("caseId") long caseId) {
    return filings.ofCase(caseId);
  }

  @POST
  @Path("cases/{caseId}/filings")
  @Operation(summary = "报送备案（材料取自案卷）")
  public Response file(@PathParam("caseId") long caseId) {
    return Response.status(201).entity(filings.file(caseId)).build();
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
    String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    String ascii = type.equals(XLSX) ? "filings.xlsx" : "filings.pdf";
    String disposition = type.equals(XLSX) ? "attachment" : "inline";
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + name)
        .build();
  }
}
