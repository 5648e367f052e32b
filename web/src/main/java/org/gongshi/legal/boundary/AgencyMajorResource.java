package org.gongshi.legal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agency's local limits for major decisions, in the shape of its disclosure settings. */
@Path("/major/settings/{agencyId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "重大行政处罚决定")
public class AgencyMajorResource {
  @Inject MajorDecisions majors;

  @GET
  @Operation(summary = "本机关的听证、陈述申辩、法制审核、备案等时限和集体讨论人数")
  public MajorDecisions.SettingsView settings(@PathParam("agencyId") long agencyId) {
    return majors.settings(agencyId);
  }

  @PUT
  @Operation(summary = "修改本机关时限设置（系统管理员）")
  public MajorDecisions.SettingsView change(
      @PathParam("agencyId") long agencyId, MajorDecisions.SettingsInput in) {
    return majors.changeSettings(agencyId, in);
  }
}
