package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gongshi.catalog.boundary.CatalogViews.ItemSummary;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.Officer;

/**
 * 事前公开 on the portal: each enforcement body, its officers (name, certificate number and validity
 * only — nothing else of theirs is public), a lookup by certificate number, and the
 * random-inspection list (the power-list items of kind 行政检查).
 */
@Named("preDisclosure")
@RequestScoped
public class PreDisclosurePage {
  @Inject Catalogs catalogs;
  @Inject CatalogQueries queries;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** An officer as the public sees them. */
  public record OfficerRow(
      String name, String certificateNo, LocalDate validUntil, boolean valid) {}

  /** An enforcement body with its officers. */
  public record Body(Agency agency, List<OfficerRow> officers, long inspections) {}

  /** The result of a lookup by certificate number. */
  public record Lookup(String typed, OfficerRow officer, String agencyName) {}

  private List<Body> bodies;

  public List<Body> getBodies() {
    if (bodies == null) {
      LocalDate today = LocalDate.now(clock);
      bodies =
          catalogs.agencies().stream()
              .map(
                  a ->
                      new Body(
                          a,
                          em
                              .createNamedQuery(Officer.BY_AGENCY, Officer.class)
                              .setParameter("agencyId", a.getId())
                              .getResultList()
                              .stream()
                              .map(o -> row(o, today))
                              .toList(),
                          getInspections().stream().filter(i -> i.agencyId() == a.getId()).count()))
              .toList();
    }
    return bodies;
  }

  private List<ItemSummary> inspections;

  /** The random-inspection list: power-list items of kind 行政检查, all agencies. */
  public List<ItemSummary> getInspections() {
    if (inspections == null) inspections = queries.list(null, null, null, null, "INSPECTION", null);
    return inspections;
  }

  /** The certificate number typed, if any ("cert" parameter). */
  public String getCert() {
    String c =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("cert");
    return c == null || c.isBlank() ? null : c.strip();
  }

  /** The officer holding the typed certificate number; null officer when there is none. */
  public Lookup getLookup() {
    String typed = getCert();
    if (typed == null) return null;
    if (typed.length() > 40) typed = typed.substring(0, 40);
    List<Officer> found =
        em.createQuery(
                "SELECT o FROM Officer o JOIN FETCH o.agency WHERE UPPER(o.certificateNo) = :c",
                Officer.class)
            .setParameter("c", typed.toUpperCase(Locale.ROOT))
            .setMaxResults(1)
            .getResultList();
    LocalDate today = LocalDate.now(clock);
    return found.isEmpty()
        ? new Lookup(typed, null, null)
        : new Lookup(typed, row(found.get(0), today), found.get(0).getAgency().getName());
  }

  private static OfficerRow row(Officer o, LocalDate today) {
    return new OfficerRow(
        o.getName(), o.getCertificateNo(), o.getValidUntil(), o.isCertificateValidOn(today));
  }
}
