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
import java.util.Map;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.review.entity.CampaignKind;
import org.gongshi.security.CurrentUser;

/**
 * /staff/campaigns.xhtml: the campaigns, a new one (legal office, admin), and a campaign's results.
 */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "评查活动名称"),
          Map.entry("kind", "评查类型"),
          Map.entry("decidedFrom", "决定日期起"),
          Map.entry("decidedTo", "决定日期止"),
          Map.entry("procedure", "程序"),
          Map.entry("agencyIds", "被评查机关"),
          Map.entry("percent", "抽取比例"),
          Map.entry("minPerAgency", "每机关至少"),
          Map.entry("excludeLast", "排除最近评查"),
          Map.entry("reviewers", "评查员"),
          Map.entry("standardId", "评查标准"),
          Map.entry("reviewer", "改派给"),
          Map.entry("reason", "改派理由"));

  @Inject transient Campaigns campaigns;
  @Inject transient CurrentUser currentUser;

  private Long id;
  private Campaigns.CampaignView campaign;
  private String problem;

  private String name;
  private String kind = CampaignKind.QUARTERLY.name();
  private LocalDate from = LocalDate.now(Clocks.CHINA).withDayOfMonth(1).minusMonths(3);
  private LocalDate to = LocalDate.now(Clocks.CHINA);
  private String procedure;
  private List<Long> agencyIds = new ArrayList<>();
  private BigDecimal percent = new BigDecimal("10");
  private Integer minPerAgency = 3;
  private Integer excludeLast = 0;
  private Long seed;
  private List<String> reviewers = new ArrayList<>();

  private Long handOverFile;
  private String handOverTo;
  private String handOverReason;

  public String create() {
    try {
      Campaigns.CampaignView v =
          campaigns.create(
              new Campaigns.CampaignInput(
                  name,
                  kind,
                  null,
                  from == null ? null : from.toString(),
                  to == null ? null : to.toString(),
                  procedure,
                  agencyIds,
                  percent,
                  minPerAgency,
                  excludeLast,
                  seed,
                  reviewers));
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().getFlash().setKeepMessages(true);
      ctx.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "已发起“" + v.name() + "”：抽取 " + v.files().size() + " 件（种子 " + v.seed() + "），已完成自动预检",
              null));
      return "/staff/campaigns.xhtml?faces-redirect=true&id=" + v.id();
    } catch (DomainException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
      return null;
    }
  }

  /** Publishes the campaign's summary on the portal. */
  public String publish() {
    try {
      Campaigns.PublishedSummary s = campaigns.publish(id);
      return done("已在门户公开评查结果摘要（" + s.scored() + " 件已评，平均分 " + s.average().toPlainString() + "）");
    } catch (DomainException e) {
      return failed(e);
    }
  }

  /** Takes the summary off the portal. */
  public String withdraw() {
    try {
      campaigns.withdraw(id);
      return done("已撤下门户上公开的评查结果");
    } catch (DomainException e) {
      return failed(e);
    }
  }

  /** Hands a file over to another reviewer. */
  public String reassign() {
    try {
      if (handOverFile == null) throw DomainException.invalid("file", "请选择要改派的案卷");
      Campaigns.FileRow r = campaigns.reassign(handOverFile, handOverTo, handOverReason);
      return done(r.caseNumber() + " 已改派给" + r.reviewer());
    } catch (DomainException e) {
      return failed(e);
    }
  }

  public String getPublishedOn() {
    if (id == null || !isOrganiser()) return null;
    try {
      return campaigns
          .publishedAt(id)
          .map(at -> LocalDate.ofInstant(at, Clocks.CHINA).toString())
          .orElse(null);
    } catch (DomainException e) {
      return null;
    }
  }

  private String done(String message) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ctx.getExternalContext().getFlash().setKeepMessages(true);
    ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    return "/staff/campaigns.xhtml?faces-redirect=true&id=" + id;
  }

  private String failed(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
    return null;
  }

  public Long getHandOverFile() {
    return handOverFile;
  }

  public void setHandOverFile(Long handOverFile) {
    this.handOverFile = handOverFile;
  }

  public String getHandOverTo() {
    return handOverTo;
  }

  public void setHandOverTo(String handOverTo) {
    this.handOverTo = handOverTo;
  }

  public String getHandOverReason() {
    return handOverReason;
  }

  public void setHandOverReason(String handOverReason) {
    this.handOverReason = handOverReason;
  }

  public Campaigns.CampaignView getCampaign() {
    if (campaign == null && id != null && problem == null) {
      try {
        campaign = campaigns.get(id);
      } catch (DomainException e) {
        problem = e.getMessage();
      }
    }
    return campaign;
  }

  public String getAgencyNames() {
    return getCampaign() == null ? "" : String.join("、", campaign.agencies());
  }

  public String getReviewerNames() {
    return getCampaign() == null ? "" : String.join("、", campaign.reviewers());
  }

  public String getProblem() {
    getCampaign();
    return problem;
  }

  public List<Campaigns.CampaignSummary> getCampaigns() {
    return campaigns.list();
  }

  public boolean isOrganiser() {
    var r = FacesContext.getCurrentInstance().getExternalContext();
    return r.isUserInRole("LEGAL_OFFICE") || r.isUserInRole("ADMIN");
  }

  public List<Campaigns.ReviewerChoice> getReviewerChoices() {
    return isOrganiser() ? campaigns.reviewerChoices() : List.of();
  }

  public List<Agency> getAgencies() {
    return currentUser.selectableAgencies();
  }

  public CampaignKind[] getKinds() {
    return CampaignKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String procedure) {
    this.procedure = procedure;
  }

  public List<Long> getAgencyIds() {
    return agencyIds;
  }

  public void setAgencyIds(List<Long> agencyIds) {
    this.agencyIds = agencyIds;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public Integer getMinPerAgency() {
    return minPerAgency;
  }

  public void setMinPerAgency(Integer minPerAgency) {
    this.minPerAgency = minPerAgency;
  }

  public Integer getExcludeLast() {
    return excludeLast;
  }

  public void setExcludeLast(Integer excludeLast) {
    this.excludeLast = excludeLast;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public List<String> getReviewers() {
    return reviewers;
  }

  public void setReviewers(List<String> reviewers) {
    this.reviewers = reviewers;
  }
}
