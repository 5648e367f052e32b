package org.gongshi.disclosure.boundary;

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

/** An agency's disclosure settings. */
@Path("/agencies/{agencyId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "公示")
public class AgencyDisclosureResource {
  @Inject AgencySettings settings;
  @Inject LocalRedactionTerms terms;

  @GET
  @Path("disclosure-settings")
  @Operation(summary = "本机关的公示设置：四眼原则（批准人不能发布）")
  public AgencySettings.SettingsView settings(@PathParam("agencyId") long agencyId) {
    return settings.get(agencyId);
  }

  @PUT
  @Path("disclosure-settings")
  @Operation(summary = "开启或关闭四眼原则（管理员，记入审计）")
  public AgencySettings.SettingsView change(
      @PathParam("agencyId") long agencyId, AgencySettings.SettingsInput in) {
    return settings.change(agencyId, in);
  }

  @GET
  @Path("redaction-terms")
  @Operation(summary = "本机关遮盖规则：保留词（像人名的地名、店名）和一律遮盖的词")
  public LocalRedactionTerms.Terms terms(@PathParam("agencyId") long agencyId) {
    return terms.get(agencyId);
  }

  @PUT
  @Path("redaction-terms")
  @Operation(summary = "替换本机关的保留词和遮盖词（本机关公示审核员或管理员，记入审计；此后生成的遮盖建议适用）")
  public LocalRedactionTerms.Terms replaceTerms(
      @PathParam("agencyId") long agencyId, LocalRedactionTerms.TermsInput in) {
    return terms.replace(agencyId, in);
  }
}
