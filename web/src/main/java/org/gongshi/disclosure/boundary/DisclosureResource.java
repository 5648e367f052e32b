package org.gongshi.disclosure.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure clock for disclosure officers. */
@Path("/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公示")
public class DisclosureResource {
  @Inject Disclosures disclosures;

  @GET @Path("dashboard")
  @Operation(summary = "公示时限看板：今日到期、两个工作日内到期、已逾期（本机关）")
  public Disclosures.Dashboard dashboard() { return disclosures.dashboard(LocalDate.now()); }

  @GET @Path("cases/{caseId}")
  public Disclosures.Item forCase(@PathParam("caseId") long caseId) { return disclosures.forCase(caseId); }
}
