package org.gongshi.legal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.reports.model.FilingSummary;

/** The legal office's workspace: per agency of its region, the filing state of major decisions. */
@Named
@ViewScoped
public class FilingsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> LABELS =
      Map.of("result", "审查结果", "reasons", "审查意见", "answer", "纠正情况说明");

  @Inject transient Filings filings;

  private Integer year;
  private Long filingId;
  private List<Filings.AgencyFilings> agencies;
  private FilingSummary figures;
  private Filings.FilingView filing;
  private String scope;
  private String error;
  private String result = "ACCEPTED";
  private String reasons;

  private void load() {
    if (agencies != null || error != null) return;
    try {
      scope = filings.scopeName();
      int y = getShownYear();
      agencies = filings.workspace(y);
      figures = filings.summary(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), y + "年");
    } catch (DomainException e) {
      error = PageMessages.of(e, LABELS);
      agencies = List.of();
    }
  }

  public List<Filings.AgencyFilings> getAgencies() {
    load();
    return agencies;
  }

  public List<FilingSummary.Row> getFigures() {
    load();
    return figures == null ? List.of() : figures.rows();
  }

  public String getScope() {
    load();
    return scope;
  }

  public Filings.FilingView getFiling() {
    if (filing == null && filingId != null && error == null) {
      try {
        filing = filings.get(filingId);
      } catch (DomainException e) {
        error = PageMessages.of(e, LABELS);
      }
    }
    return filing;
  }

  public String examine() {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      filing = filings.examine(filingId, new Filings.ExaminationInput(result, reasons));
      agencies = null;
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "审查结果已记录", null));
    } catch (DomainException e) {
      ctx.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
    }
    return null;
  }

  public boolean isExaminer() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("LEGAL_OFFICE");
  }

  public String getMonth() {
    return java.time.YearMonth.now(Clocks.CHINA).minusMonths(1).toString();
  }

  public String getError() {
    getFiling();
    return error;
  }

  public Integer getYear() {
    return year;
  }

  /** The year shown: the one asked for, else this year. */
  public int getShownYear() {
    return year == null ? LocalDate.now(Clocks.CHINA).getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getFilingId() {
    return filingId;
  }

  public void setFilingId(Long filingId) {
    this.filingId = filingId;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}
