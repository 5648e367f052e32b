package org.gongshi.review.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.review.control.ReviewStandard;
import org.gongshi.security.CurrentUser;

/** The reviewer's page: draw a seeded sample, then score a file item by item. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final java.util.Map<String, String> LABELS =
      java.util.Map.of(
          "reviewedOn",
          "评查日期",
          "caseId",
          "案件",
          "agencyId",
          "执法机关",
          "campaign",
          "评查活动",
          "sampleId",
          "抽查案卷",
          "year",
          "年度");

  private static final long serialVersionUID = 1L;

  @Inject transient Reviews reviews;
  @Inject transient CurrentUser currentUser;

  /** One editable row of the score sheet. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ReviewStandard.Item item;
    private BigDecimal deduction;
    private String reason;

    Row(ReviewStandard.Item item) {
      this.item = item;
    }

    public ReviewStandard.Item getItem() {
      return item;
    }

    public BigDecimal getDeduction() {
      return deduction;
    }

    public void setDeduction(BigDecimal deduction) {
      this.deduction = deduction;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  private Long caseId;
  private Long sampleId;
  private String campaign;
  private final List<Row> rows =
      new ArrayList<>(ReviewStandard.ITEMS.stream().map(Row::new).toList());
  private List<String> vetoes = new ArrayList<>();
  private Reviews.ReviewView saved;

  private Integer year = LocalDate.now(Clocks.CHINA).getYear() - 1;
  private String caseLabel;
  private Long agencyId;
  private Integer count;
  private BigDecimal percent;
  private Long seed;
  private Reviews.SampleView sample;

  public String drawSample() {
    try {
      sample = reviews.sample(new Reviews.SampleInput(year, agencyId, percent, count, seed));
      sampleId = sample.id();
      info(
          "已抽取 "
              + sample.cases().size()
              + " 件（共 "
              + sample.population()
              + " 件已结案，种子 "
              + sample.seed()
              + "，可复现）");
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  public String submit() {
    try {
      List<Reviews.DeductionInput> items =
          rows.stream()
              .map(r -> new Reviews.DeductionInput(r.item.code(), r.deduction, r.reason))
              .toList();
      saved =
          reviews.review(new Reviews.ReviewInput(caseId, sampleId, campaign, null, items, vetoes));
      info("评查已提交：得分 " + saved.total().toPlainString() + "，等次 " + saved.grade());
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  private static void info(String m) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
  }

  private static void error(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                org.gongshi.platform.PageMessages.of(e, LABELS),
                null));
  }

  /** The case heading, or the reason it cannot be shown. */
  public String getCaseLabel() {
    if (caseLabel == null && caseId != null) {
      try {
        caseLabel = reviews.caseLabel(caseId);
      } catch (DomainException e) {
        caseLabel = e.getMessage();
      }
    }
    return caseLabel;
  }

  public List<ReviewStandard.Veto> getVetoItems() {
    return ReviewStandard.VETOES;
  }

  public List<Agency> getAgencies() {
    return currentUser.selectableAgencies();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Reviews.ReviewView getSaved() {
    return saved;
  }

  public Reviews.SampleView getSample() {
    return sample;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public Long getSampleId() {
    return sampleId;
  }

  public void setSampleId(Long sampleId) {
    this.sampleId = sampleId;
  }

  public String getCampaign() {
    return campaign;
  }

  public void setCampaign(String campaign) {
    this.campaign = campaign;
  }

  public List<String> getVetoes() {
    return vetoes;
  }

  public void setVetoes(List<String> vetoes) {
    this.vetoes = vetoes;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }
}
