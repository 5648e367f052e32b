package org.gongshi.archive.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/** Verification of the audit chain and the fixity of stored files. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditTrail audit;
  @Inject FixityCheck fixity;
  @Inject CurrentUser currentUser;

  @GET
  @Path("verify")
  public AuditTrail.ChainReport verify() {
    currentUser.require(Role.ADMIN, Role.CASE_REVIEWER, Role.LEGAL_OFFICE);
    return audit.verify();
  }

  @POST
  @Path("fixity")
  public FixityCheck.Report runFixity() {
    currentUser.require(Role.ADMIN);
    return fixity.run();
  }
}
