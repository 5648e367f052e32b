package org.gongshi.legal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;

/** The legal reviewer's queue and the review form with the seven checks. */
@Named
@ViewScoped
public class LegalReviewsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> LABELS =
      Map.of(
          "outcome", "审核结论",
          "opinion", "结论意见",
          "approvedBy", "批准人",
          "checks", "审核事项");

  @Inject transient LegalReviews reviews;

  /** One check as the form edits it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LegalReviews.CheckView check;
    private String verdict;
    private String opinion;
    private String overrideReason;

    Row(LegalReviews.CheckView check) {
      this.check = check;
      this.verdict =
          check.verdict() != null
              ? check.verdict()
              : switch (check.finding()) {
                case "OK" -> "SOUND";
                case "PROBLEM" -> "DEFECTIVE";
                default -> "";
              };
      this.opinion = check.opinion();
      this.overrideReason = check.overrideReason();
    }

    public LegalReviews.CheckView getCheck() {
      return check;
    }

    public String getVerdict() {
      return verdict;
    }

    public void setVerdict(String verdict) {
      this.verdict = verdict;
    }

    public String getOpinion() {
      return opinion;
    }

    public void setOpinion(String opinion) {
      this.opinion = opinion;
    }

    public String getOverrideReason() {
      return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
      this.overrideReason = overrideReason;
    }
  }

  private Long id;
  private LegalReviews.ReviewView review;
  private List<LegalReviews.ReviewView> queue;
  private List<Row> rows;
  private String error;
  private String outcome = "PASSED";
  private String opinion;
  private String approvedBy;

  public List<LegalReviews.ReviewView> getQueue() {
    if (queue == null && error == null) {
      try {
        queue = reviews.queue();
      } catch (DomainException e) {
        error = PageMessages.of(e, LABELS);
        queue = List.of();
      }
    }
    return queue;
  }

  public LegalReviews.ReviewView getReview() {
    if (review == null && id != null && error == null) {
      try {
        review = reviews.get(id);
        rows = new ArrayList<>(review.checks().stream().map(Row::new).toList());
        if (review.opinion() != null) opinion = review.opinion();
      } catch (DomainException e) {
        error = PageMessages.of(e, LABELS);
      }
    }
    return review;
  }

  public List<Row> getRows() {
    getReview();
    return rows;
  }

  public String conclude() {
    getReview();
    if (review == null) return null;
    List<LegalReviews.CheckInput> checks =
        rows.stream()
            .map(
                r ->
                    new LegalReviews.CheckInput(
                        r.check.item(), r.verdict, r.opinion, r.overrideReason))
            .toList();
    act(
        () -> reviews.conclude(id, new LegalReviews.ConclusionInput(outcome, opinion, checks)),
        "审核结论已保存");
    return null;
  }

  public String extend() {
    act(() -> reviews.extend(id, new LegalReviews.ExtensionInput(approvedBy)), "审核期限已延长");
    return null;
  }

  private void act(Runnable r, String done) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      r.run();
      review = null; // read again, with the saved verdicts
      rows = null;
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      ctx.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, labels()), null));
    }
  }

  /** Field keys of the checks, named by their item. */
  private Map<String, String> labels() {
    Map<String, String> m = new java.util.HashMap<>(LABELS);
    if (rows != null) for (Row r : rows) m.put("checks." + r.check.item(), r.check.label());
    return m;
  }

  public String getError() {
    return error;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }
}
