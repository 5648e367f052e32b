package org.gongshi.legal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A case's way to a major decision, in the shape of the disclosure resource's case endpoints: one
 * resource under the case's path, each block a read or an action of the case.
 */
@Path("/major/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "重大行政处罚决定")
public class MajorCaseResource {
  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject LegalReviews reviews;
  @Inject Discussions discussions;
  @Inject Filings filings;

  @PathParam("caseId")
  long caseId;

  @GET
  @Operation(summary = "本案是否重大及依据")
  public MajorDecisions.MajorView major() {
    return majors.view(caseId);
  }

  @POST
  @Path("marks")
  @Operation(summary = "依行政处罚法第五十八条标记为重大案件（须写明理由，不能取消）")
  public MajorDecisions.MajorView mark(MajorDecisions.MarkInput in) {
    return majors.mark(caseId, in);
  }

  @GET
  @Path("rights")
  @Operation(summary = "陈述申辩期、听证申请期及听证")
  public Rights.RightsView rights() {
    return rights.view(caseId);
  }

  @POST
  @Path("rights/notice")
  @Operation(summary = "记录事先告知的拟处罚内容")
  public Rights.RightsView notice(Rights.NoticeInput in) {
    return rights.recordNotice(caseId, in);
  }

  @POST
  @Path("rights/statement-waiver")
  @Operation(summary = "当事人书面放弃陈述、申辩")
  public Rights.RightsView waiveStatement(Rights.WaiverInput in) {
    return rights.waiveStatement(caseId, in);
  }

  @POST
  @Path("rights/hearing-waiver")
  @Operation(summary = "当事人书面放弃听证")
  public Rights.RightsView waiveHearing(Rights.WaiverInput in) {
    return rights.waiveHearing(caseId, in);
  }

  @POST
  @Path("rights/hearing-request")
  @Operation(summary = "当事人申请听证")
  public Rights.RightsView requestHearing(Rights.HearingRequestInput in) {
    return rights.requestHearing(caseId, in);
  }

  @POST
  @Path("rights/hearing")
  @Operation(summary = "记录听证：通知日期（至少提前七日）、举行日期、听证笔录")
  public Rights.RightsView hearing(Rights.HearingInput in) {
    return rights.holdHearing(caseId, in);
  }

  @GET
  @Path("reviews")
  @Operation(summary = "本案的法制审核")
  public List<LegalReviews.ReviewView> reviews() {
    return reviews.ofCase(caseId);
  }

  @POST
  @Path("reviews")
  @Operation(summary = "提交法制审核（系统预填七项审核内容）")
  public Response submitReview() {
    return created(reviews.submit(caseId));
  }

  @GET
  @Path("discussions")
  @Operation(summary = "本案的集体讨论")
  public List<Discussions.DiscussionView> discussions() {
    return discussions.ofCase(caseId);
  }

  @POST
  @Path("discussions")
  @Operation(summary = "记录集体讨论：日期、参加人员、结论、案卷中的讨论记录")
  public Response discuss(Discussions.DiscussionInput in) {
    return created(discussions.record(caseId, in));
  }

  @GET
  @Path("filings")
  @Operation(summary = "本案的备案")
  public List<Filings.FilingView> filings() {
    return filings.ofCase(caseId);
  }

  @POST
  @Path("filings")
  @Operation(summary = "报送备案（材料取自案卷）")
  public Response file() {
    return created(filings.file(caseId));
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }
}
