package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.portal.boundary.PublicIndex;
import org.gongshi.portal.boundary.PublicViews;
import org.gongshi.security.CurrentUser;

/** Staff upkeep of what the portal publishes: rebuilding the public index (administrators). */
@Path("public-index")
@RequestScoped
public class PublicIndexResource {
  @Inject PublicIndex index;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** Rebuilds the public index from the database. */
  @POST
  @Path("rebuild")
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  public PublicViews.Rebuild rebuild() {
    var user = currentUser.require(Role.ADMIN);
    long start = System.nanoTime();
    PublicIndex.Rebuilt r = index.rebuild();
    long ms = (System.nanoTime() - start) / 1_000_000;
    audit.append(
        user.getUsername(),
        "PUBLIC_INDEX_REBUILT",
        "public_index",
        null,
        null,
        r.items() + " items, " + r.decisions() + " decisions in " + ms + " ms");
    return new PublicViews.Rebuild(r.items(), r.decisions(), ms);
  }
}
