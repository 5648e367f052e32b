package org.gongshi.disclosure.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure clock and the way from decision to publication, for disclosure officers. */
@Path("/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "公示")
public class DisclosureResource {
  @Inject Clock clock;
  @Inject Disclosures disclosures;
  @Inject Publications publications;
  @Inject PublicationExpiry expiry;
  @Inject DisclosureReminders reminders;

  @GET
  @Path("dashboard")
  @Operation(summary = "公示时限看板：今日到期、两个工作日内到期、已逾期、逾期公示、撤回期限（本机关）")
  public Disclosures.Dashboard dashboard() {
    return disclosures.dashboard(LocalDate.now(clock));
  }

  @GET
  @Path("cases/{caseId}")
  public Disclosures.Item forCase(@PathParam("caseId") long caseId) {
    return disclosures.forCase(caseId);
  }

  @GET
  @Path("cases/{caseId}/proposal")
  @Operation(summary = "遮盖建议：原文、每处遮盖及公示文本（首次查看时生成）")
  public ProposalViews.ProposalView proposal(@PathParam("caseId") long caseId) {
    return publications.proposal(caseId);
  }

  @PUT
  @Path("cases/{caseId}/proposal")
  @Operation(summary = "调整遮盖：unmasked 列出不遮盖的区间编号，maskText 增加遮盖的文字（全部出现处）")
  public ProposalViews.ProposalView mask(
      @PathParam("caseId") long caseId, Publications.MaskInput in) {
    return publications.mask(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/approve")
  @Operation(summary = "批准当前公示文本")
  public ProposalViews.ProposalView approve(@PathParam("caseId") long caseId) {
    return publications.approve(caseId);
  }

  @POST
  @Path("cases/{caseId}/publish")
  @Operation(summary = "公示已批准的文本（已公示的为更正）")
  public ProposalViews.ProposalView publish(@PathParam("caseId") long caseId) {
    return publications.publish(caseId);
  }

  @POST
  @Path("cases/{caseId}/override")
  @Operation(summary = "改为公示或不予公示，须写明理由")
  public ProposalViews.ProposalView override(
      @PathParam("caseId") long caseId, Publications.OverrideInput in) {
    return publications.override(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/change")
  @Operation(summary = "记录决定被变更、撤销、确认违法或无效（3 个工作日内撤回）")
  public ProposalViews.ProposalView change(
      @PathParam("caseId") long caseId, Publications.ChangeInput in) {
    return publications.recordChange(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/withdraw")
  @Operation(summary = "撤回公示，notice 为向公众的说明")
  public ProposalViews.ProposalView withdraw(
      @PathParam("caseId") long caseId, Publications.NoticeInput in) {
    return publications.withdraw(caseId, in);
  }

  @POST
  @Path("cases/{caseId}/credit-repair")
  @Operation(summary = "信用修复后提前停止公示（最短公示期届满后）")
  public ProposalViews.ProposalView creditRepair(
      @PathParam("caseId") long caseId, Publications.NoticeInput in) {
    return publications.creditRepair(caseId, in);
  }

  @POST
  @Path("expiry")
  @Operation(summary = "立即撤下公示期已满的决定（管理员；每日 0:20 自动执行）")
  public PublicationExpiry.TakenDown expire() {
    return expiry.takeDownExpiredNow();
  }

  @POST
  @Path("title-check")
  @Operation(summary = "立即检查尚未检查的已公示决定的违法行为类型（管理员；每次启动时自动执行）")
  public Publications.TitleCheck titleCheck() {
    return publications.checkPublishedTitlesNow();
  }

  @POST
  @Path("reminders")
  @Operation(summary = "立即发送逾期提醒邮件（管理员；每日 8:30 自动发送）")
  public DisclosureReminders.Sent sendReminders() {
    return reminders.sendNow();
  }
}
