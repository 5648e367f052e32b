package org.gongshi.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * Faces beans of the public portal pages (home, decision; the search page reads {@link
 * SearchView}). GET only, no forms state, no JavaScript.
 */
public final class PortalPages {
  private PortalPages() {}

  static Object attribute(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(name);
  }

  static String context() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** Formats shared by the pages. */
  public static String time(Instant t) {
    return t == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.atZone(Clocks.CHINA));
  }

  public static String wan(BigDecimal v) {
    if (v == null || v.signum() == 0) return "";
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + " 万元";
  }

  /** Home page: search box, counts, latest decisions, agencies. */
  @Named("portalHome")
  @RequestScoped
  public static class Home {
    @Inject PublicDecisions decisions;
    private long[] counts;
    private List<PublishedDecision> latest;
    private Map<String, List<PublicDecisions.Facet>> overview;

    public long getDecisionCount() {
      return counts()[0];
    }

    public long getItemCount() {
      return counts()[1];
    }

    public List<PublishedDecision> getLatest() {
      if (latest == null) latest = decisions.latest(10);
      return latest;
    }

    public List<PublicDecisions.Facet> getAgencies() {
      if (overview == null) overview = decisions.overview();
      return overview.get("agency");
    }

    public Map<Long, String> getAgencyNames() {
      return decisions.agencyNames();
    }

    public String time(Instant t) {
      return PortalPages.time(t);
    }

    /** An agency with its number of published decisions. */
    public record AgencyRow(long id, String name, long count) {}

    public List<AgencyRow> getAgencyRows() {
      Map<String, Long> byId = new java.util.HashMap<>();
      getAgencies().forEach(f -> byId.put(f.value(), f.count()));
      return decisions.agencyNames().entrySet().stream()
          .map(
              e ->
                  new AgencyRow(
                      e.getKey(), e.getValue(), byId.getOrDefault(e.getKey().toString(), 0L)))
          .toList();
    }

    private long[] counts() {
      if (counts == null) counts = decisions.counts();
      return counts;
    }
  }

  /** A decision at its permalink; only the notice when withdrawn or taken down. */
  @Named("portalDecision")
  @RequestScoped
  public static class Decision {
    @Inject PublicDecisions decisions;
    @Inject org.gongshi.platform.Settings settings;

    public PublishedDecision getD() {
      return (PublishedDecision) attribute(PortalServlet.DECISION);
    }

    public boolean isFound() {
      return getD() != null;
    }

    public boolean isPerson() {
      return getD() != null && getD().getPartyCategory() == PartyKind.NATURAL_PERSON;
    }

    public String getPdf() {
      PublishedDecision d = getD();
      return d != null && decisions.pdf(d).isPresent()
          ? context() + "/api/public/decisions/" + d.getId() + ".pdf"
          : null;
    }

    public List<String> getPenalties() {
      return getD() == null ? List.of() : PublicIndex.penaltyTypes(getD().getPenaltyTypes());
    }

    public String getFine() {
      return getD() == null ? "" : wan(getD().getFineWan());
    }

    public String getConfiscated() {
      return getD() == null ? "" : wan(getD().getConfiscatedWan());
    }

    public String time(Instant t) {
      return PortalPages.time(t);
    }

    public String getPermalink() {
      // the configured public address, never the request's Host header
      return settings.publicBaseUrl() + "portal/decisions/" + getD().getId();
    }
  }
}
