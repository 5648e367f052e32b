package org.gongshi.archive.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.gongshi.archive.boundary.Views.AgencyView;
import org.gongshi.archive.boundary.Views.OfficerView;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.security.CurrentUser;

/** Reference data staff forms need: agencies, own officers, the document catalog. */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  public record DocumentTypeView(
      DocumentType type,
      String label,
      int order,
      boolean requiredForSimple,
      boolean requiredForGeneral) {}

  public record Me(String username, String displayName, List<Role> roles, AgencyView agency) {}

  @GET
  @Path("me")
  public Me me() {
    AppUser u = currentUser.require();
    return new Me(
        u.getUsername(),
        u.getDisplayName(),
        u.getRoles().stream().sorted().toList(),
        u.getAgency() == null ? null : AgencyView.of(u.getAgency()));
  }

  @GET
  @Path("agencies")
  public List<AgencyView> agencies() {
    currentUser.require();
    return em.createNamedQuery(Agency.ALL, Agency.class)
        .getResultStream()
        .map(AgencyView::of)
        .toList();
  }

  /** Officers of the caller's agency (all agencies' for those who see all). */
  @GET
  @Path("officers")
  public List<OfficerView> officers() {
    AppUser u = currentUser.require();
    if (currentUser.seesAllAgencies()) {
      return em.createQuery("SELECT o FROM Officer o ORDER BY o.id", Officer.class)
          .getResultStream()
          .map(OfficerView::of)
          .toList();
    }
    return em.createNamedQuery(Officer.BY_AGENCY, Officer.class)
        .setParameter("agencyId", u.getAgency().getId())
        .getResultStream()
        .map(OfficerView::of)
        .toList();
  }

  @GET
  @Path("document-types")
  public List<DocumentTypeView> documentTypes() {
    return Arrays.stream(DocumentType.values())
        .map(
            t ->
                new DocumentTypeView(
                    t,
                    t.label,
                    t.ordinal() + 1,
                    DocumentType.requiredFor(Procedure.SIMPLE).contains(t),
                    DocumentType.requiredFor(Procedure.GENERAL).contains(t)))
        .toList();
  }
}
