package org.gongshi.remedy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 行政复议 and 行政诉讼 against a case's decision. */
@Path("/cases/{caseId}/remedies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "复议诉讼")
public class RemediesResource {
  @Inject Remedies remedies;

  @GET
  @Operation(summary = "本案的行政复议、行政诉讼记录")
  public List<Remedies.RemedyView> list(@PathParam("caseId") long caseId) {
    return remedies.list(caseId);
  }

  @POST
  @Operation(summary = "登记行政复议或行政诉讼（已归档案件亦可登记）")
  public Response record(@PathParam("caseId") long caseId, Remedies.RemedyInput in) {
    return Response.status(201).entity(remedies.record(caseId, in)).build();
  }

  @PUT
  @Path("{remedyId}")
  @Operation(summary = "登记复议决定或裁判结果")
  public Remedies.RemedyView conclude(
      @PathParam("caseId") long caseId,
      @PathParam("remedyId") long remedyId,
      Remedies.OutcomeInput in) {
    return remedies.conclude(caseId, remedyId, in);
  }
}
