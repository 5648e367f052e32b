package org.gongshi.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.PublishedDecision;

/** Faces beans of the party page and the 订阅 page. */
public final class PublicPages {
  private PublicPages() {}

  /** An organisation's published decisions, with publication periods and credit repair. */
  @Named("portalParty")
  @RequestScoped
  public static class Party {
    @Inject Clock clock;

    public String getCode() {
      return (String) PortalPages.attribute(PartyServlet.CODE);
    }

    @SuppressWarnings("unchecked")
    public List<PublishedDecision> getDecisions() {
      Object d = PortalPages.attribute(PartyServlet.DECISIONS);
      return d == null ? List.of() : (List<PublishedDecision>) d;
    }

    /** The name in the newest decision (names change; the code stays). */
    public String getName() {
      return getDecisions().isEmpty() ? "" : getDecisions().get(0).getPartyName();
    }

    /** Other names the organisation had in older decisions. */
    public List<String> getFormerNames() {
      return getDecisions().stream()
          .map(PublishedDecision::getPartyName)
          .distinct()
          .filter(n -> !n.equals(getName()))
          .toList();
    }

    public long getAgencyCount() {
      return getDecisions().stream().map(PublishedDecision::getAgencyId).distinct().count();
    }

    public String repair(PublishedDecision d) {
      return PartyRecords.repairState(d, LocalDate.now(clock));
    }

    public boolean repairable(PublishedDecision d) {
      return PartyRecords.repairable(d, LocalDate.now(clock));
    }

    public String fine(PublishedDecision d) {
      return PortalPages.wan(d.getFineWan());
    }

    public String time(java.time.Instant t) {
      return PortalPages.time(t);
    }
  }

  /** The 订阅 page: feeds explained, the alert form, and the answers to the mail links. */
  @Named("portalAlerts")
  @RequestScoped
  public static class AlertsPage {
    @Inject PublicDecisions decisions;

    public String getState() {
      Object s = PortalPages.attribute(AlertsServlet.STATE);
      return s == null ? AlertsServlet.State.FORM.name() : s.toString();
    }

    public Alerts.AlertView getView() {
      return (Alerts.AlertView) PortalPages.attribute(AlertsServlet.VIEW);
    }

    public String getError() {
      return (String) PortalPages.attribute(AlertsServlet.ERROR);
    }

    public PortalQuery getQuery() {
      Object q = PortalPages.attribute(AlertsServlet.QUERY);
      return q instanceof PortalQuery p ? p : PortalQuery.all();
    }

    /** The filters the form carries as hidden fields: the query's own parameters, as on search. */
    public java.util.List<SearchView.Hidden> getHidden() {
      return SearchView.hidden(getQuery());
    }

    /** The filters carried from the search page, in words ("" when none). */
    public String getFilterText() {
      PortalQuery q = getQuery();
      return q.filterText(q.agencyId() == null ? Map.of() : decisions.agencyNames());
    }

    public String getUscc() {
      Object r =
          jakarta.faces.context.FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("uscc");
      return r == null ? null : PartyRecords.normalise(r.toString()).orElse(null);
    }

    public String getToken() {
      return jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getRequestParameterMap()
          .get("token");
    }

    public String getFeed() {
      return PortalPages.context()
          + "/api/public/decisions.atom"
          + getQuery().filtersOnly().queryString();
    }
  }
}
