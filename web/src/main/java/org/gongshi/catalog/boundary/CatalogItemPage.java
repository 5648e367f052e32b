package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongshi.catalog.boundary.CatalogViews.ItemDetail;
import org.gongshi.platform.DomainException;

/** One power-list item as in force on a date, with its discretion levels and history. */
@Named
@RequestScoped
public class CatalogItemPage {
  @Inject CatalogQueries queries;

  private String agency, code, date, error;
  private ItemDetail item;
  private boolean loaded;

  public ItemDetail getItem() {
    if (!loaded) {
      loaded = true;
      try {
        LocalDate on = date == null || date.isBlank() ? null : LocalDate.parse(date);
        item = queries.detail(Long.parseLong(agency), code, on);
      } catch (DomainException e) {
        error = e.getMessage();
      } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
        error = "链接参数不完整或格式不对（需要 agency、code，日期格式 YYYY-MM-DD）";
      }
    }
    return item;
  }

  public String getError() {
    getItem();
    return error;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }
}
