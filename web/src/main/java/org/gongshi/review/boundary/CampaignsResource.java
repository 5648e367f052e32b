package org.gongshi.review.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.review.control.Standard;

/** 评查活动: standards as data, campaigns, pre-checks, score sheets and results. */
@Path("/review-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "案卷评查")
public class CampaignsResource {
  @Inject Campaigns campaigns;
  @Inject Standards standards;

  public record Decision(Boolean agree, String reason) {}

  @GET
  @Path("standards")
  @Operation(summary = "评查标准的各个版本")
  public List<Standards.StandardSummary> standards() {
    return standards.list();
  }

  @GET
  @Path("standards/{id}")
  public Standards.StandardDetail standard(@PathParam("id") long id) {
    return standards.get(id);
  }

  @POST
  @Path("standards/{id}/copies")
  @Operation(summary = "以某版标准为底稿保存修改后的新版本（司法局、系统管理员）")
  public Response copy(@PathParam("id") long id, Standard edited) {
    Standards.StandardDetail d = standards.saveCopy(id, edited);
    return Response.created(URI.create("/api/review-campaigns/standards/" + d.id()))
        .entity(d)
        .build();
  }

  @POST
  @Operation(summary = "发起评查活动：分层随机抽取（记录种子，可复现）、分配他机关评查员、自动预检")
  public Response create(Campaigns.CampaignInput in) {
    Campaigns.CampaignView v = campaigns.create(in);
    return Response.created(URI.create("/api/review-campaigns/" + v.id())).entity(v).build();
  }

  @GET
  public List<Campaigns.CampaignSummary> list() {
    return campaigns.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "评查结果：每卷得分和等次、各机关平均分、十佳十差")
  public Campaigns.CampaignView get(@PathParam("id") long id) {
    return campaigns.get(id);
  }

  @GET
  @Path("files/{file}")
  public Campaigns.SheetView sheet(@PathParam("file") long file, @QueryParam("q") String q) {
    return campaigns.sheet(file, q);
  }

  @PUT
  @Path("files/{file}/draft")
  @Operation(summary = "保存评分表草稿")
  public Campaigns.ScoreView draft(@PathParam("file") long file, Campaigns.ScoreInput in) {
    return campaigns.save(file, in, false);
  }

  @POST
  @Path("files/{file}/submit")
  @Operation(summary = "提交评分表（提交后锁定；有否决项时须第二评查员确认）")
  public Campaigns.ScoreView submit(@PathParam("file") long file, Campaigns.ScoreInput in) {
    return campaigns.save(file, in, true);
  }

  @POST
  @Path("files/{file}/revisions")
  @Operation(summary = "修改已提交的评分表：生成新版本草稿")
  public Campaigns.ScoreView revise(@PathParam("file") long file, Decision in) {
    return campaigns.revise(file, in == null ? null : in.reason());
  }

  @POST
  @Path("files/{file}/second")
  @Operation(summary = "第二评查员确认或退回否决项")
  public Campaigns.ScoreView second(@PathParam("file") long file, Decision in) {
    return campaigns.second(
        file, in != null && Boolean.TRUE.equals(in.agree()), in == null ? null : in.reason());
  }

  @POST
  @Path("findings/{id}")
  @Operation(summary = "确认或驳回预检发现的问题（驳回须写理由）")
  public Campaigns.FindingView decide(@PathParam("id") long id, Decision in) {
    return campaigns.decide(
        id, in != null && Boolean.TRUE.equals(in.agree()), in == null ? null : in.reason());
  }

  @GET
  @Path("files/{file}/sheet.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("file") long file) {
    return Response.ok(campaigns.sheetPdf(file))
        .header("Content-Disposition", "inline; filename=\"review-sheet-" + file + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "案卷评查情况报告（PDF）：每卷得分和等次、各机关平均分、十佳十差、预检问题统计")
  public Response reportPdf(@PathParam("id") long id) {
    return Response.ok(campaigns.reportPdf(id))
        .header("Content-Disposition", "inline; filename=\"review-campaign-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/report.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @Operation(summary = "案卷评查情况报告（XLSX，每张表一个工作表）")
  public Response reportXlsx(@PathParam("id") long id) {
    return Response.ok(campaigns.reportXlsx(id))
        .header("Content-Disposition", "attachment; filename=\"review-campaign-" + id + ".xlsx\"")
        .build();
  }

  public record Reassignment(String reviewer, String reason) {}

  @POST
  @Path("files/{file}/reviewer")
  @Operation(summary = "改派案卷给另一名评查员（司法局；不得改派给被评查机关的评查员）")
  public Campaigns.FileRow reassign(@PathParam("file") long file, Reassignment in) {
    return campaigns.reassign(
        file, in == null ? null : in.reviewer(), in == null ? null : in.reason());
  }

  @POST
  @Path("{id}/publication")
  @Operation(summary = "在门户公开评查结果摘要（机关、件数、平均分、等次分布；不含个人信息和案件编号）")
  public Campaigns.PublishedSummary publish(@PathParam("id") long id) {
    return campaigns.publish(id);
  }

  @DELETE
  @Path("{id}/publication")
  @Operation(summary = "撤下门户上公开的评查结果")
  public Response withdraw(@PathParam("id") long id) {
    campaigns.withdraw(id);
    return Response.noContent().build();
  }
}
