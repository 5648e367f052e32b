package org.gongshi.legal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.legal.entity.MajorGround;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;

/** The case page's panel: major or not and why, the rights windows, review, discussion, filing. */
@Named("caseMajor")
@RequestScoped
public class CaseMajorPanel {
  private static final Map<String, String> LABELS =
      Map.of("ground", "认定理由", "reason", "具体理由", "caseId", "案件", "documents", "备案材料");

  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject LegalReviews reviews;
  @Inject Discussions discussions;
  @Inject Filings filings;

  /** Everything the panel shows, read once per request. */
  public record Panel(
      MajorDecisions.MajorView major,
      Rights.RightsView rights,
      List<LegalReviews.ReviewView> reviews,
      List<Discussions.DiscussionView> discussions,
      List<Filings.FilingView> filings) {}

  private final Map<Long, Panel> panels = new HashMap<>();
  private String ground = MajorGround.COMPLEX.name();
  private String reason;

  public Panel of(long caseId) {
    return panels.computeIfAbsent(
        caseId,
        id -> {
          try {
            return new Panel(
                majors.view(id),
                rights.view(id),
                reviews.ofCase(id),
                discussions.ofCase(id),
                filings.ofCase(id));
          } catch (DomainException e) {
            return null;
          }
        });
  }

  public String mark(long caseId) {
    return act(() -> majors.mark(caseId, new MajorDecisions.MarkInput(ground, reason)), "已标记为重大案件");
  }

  public String submitReview(long caseId) {
    return act(() -> reviews.submit(caseId), "已提交法制审核");
  }

  public String file(long caseId) {
    return act(() -> filings.file(caseId), "已报送备案");
  }

  private String act(Runnable r, String done) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      r.run();
      panels.clear();
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      ctx.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
    }
    return null;
  }

  public MajorGround[] getGrounds() {
    return MajorGround.values();
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
