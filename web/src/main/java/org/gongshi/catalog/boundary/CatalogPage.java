package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongshi.catalog.boundary.CatalogViews.ItemSummary;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.search.Markup;

/** The public power-list page (GET parameters, works without JavaScript). */
@Named
@RequestScoped
public class CatalogPage {
  @Inject Catalogs catalogs;
  @Inject CatalogQueries queries;

  private String agency, unit, domain, kind, q, date, error;
  private List<ItemSummary> items;

  public List<ItemSummary> getItems() {
    if (items == null) {
      LocalDate on = null;
      try {
        on = date == null || date.isBlank() ? null : LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        error = "日期“" + date + "”不合法，格式应为 YYYY-MM-DD；已显示现行清单";
      }
      items = queries.list(getAgencyId(), on, unit, domain, kind, q);
    }
    return items;
  }

  public Long getAgencyId() {
    try {
      return agency == null || agency.isBlank() ? null : Long.valueOf(agency);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public List<Agency> getAgencies() {
    return catalogs.agencies();
  }

  /** The domains of the items in force, in the order of the national classification's names. */
  public List<String> getDomains() {
    return queries.list(null, null, null, null, null, null).stream()
        .map(CatalogViews.ItemSummary::domain)
        .filter(d -> d != null && !d.isBlank())
        .distinct()
        .sorted(java.text.Collator.getInstance(java.util.Locale.CHINA))
        .toList();
  }

  /** Enforcement units of the chosen agency (or all), for browsing by unit. */
  public List<String> getUnits() {
    return queries.list(getAgencyId(), null, null, null, null, null).stream()
        .map(ItemSummary::enforcementUnit)
        .distinct()
        .sorted()
        .toList();
  }

  public String getDateSuffix() {
    return date == null || date.isBlank() || error != null ? "" : "&date=" + date;
  }

  public String agencyOption(Agency a) {
    return option(String.valueOf(a.getId()), a.getName(), agency);
  }

  public String option(String value, String selected) {
    return option(value, value, selected);
  }

  private static String option(String value, String label, String selected) {
    return "<option value=\""
        + Markup.escape(value)
        + "\""
        + (value.equals(selected) ? " selected" : "")
        + ">"
        + Markup.escape(label)
        + "</option>";
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getError() {
    getItems();
    return error;
  }
}
