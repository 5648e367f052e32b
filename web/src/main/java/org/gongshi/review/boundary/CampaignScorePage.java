package org.gongshi.review.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.review.control.Grading;
import org.gongshi.review.control.Standard;

/**
 * /staff/campaign-score.xhtml: a file's documents in catalog order with their text beside the
 * standard, the pre-check findings to confirm or reject, deductions, vetoes and comments; drafts
 * are saved as the reviewer types (a small script posts the form), a submitted sheet is locked.
 */
@Named
@ViewScoped
public class CampaignScorePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> LABELS =
      Map.of("deduction", "扣分", "reason", "理由", "comments", "评查意见", "vetoes", "否决项");

  @Inject transient Campaigns campaigns;

  /** One item of the standard as the reviewer fills it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String section;
    private final String criterion;
    private final BigDecimal points;
    private final String rule;
    private BigDecimal deduction;
    private String reason;

    Row(String section, Standard.Item i) {
      this.code = i.code();
      this.section = section;
      this.criterion = i.criterion();
      this.points = i.points();
      this.rule = i.rule();
    }

    public String getCode() {
      return code;
    }

    public String getSection() {
      return section;
    }

    public String getCriterion() {
      return criterion;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public String getRule() {
      return rule;
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

  /** A veto switch. */
  public static class VetoRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String label;
    private boolean on;

    VetoRow(Standard.Veto v) {
      this.code = v.code();
      this.label = v.label();
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public boolean isOn() {
      return on;
    }

    public void setOn(boolean on) {
      this.on = on;
    }
  }

  private Long file;
  private String q;
  private Campaigns.SheetView sheet;
  private String problem;
  private List<Row> rows;
  private List<VetoRow> vetoes;
  private String comments;
  private final Map<Long, String> findingReasons = new HashMap<>();
  private String reviseReason;
  private String secondReason;
  private String autosaved;

  public Campaigns.SheetView getSheet() {
    if (sheet == null && problem == null) {
      if (file == null) {
        problem = "缺少评查案卷编号";
        return null;
      }
      try {
        sheet = campaigns.sheet(file, q);
        if (rows == null) fill();
      } catch (DomainException e) {
        problem = e.getMessage();
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(e.status());
      }
    }
    return sheet;
  }

  private void fill() {
    rows = new ArrayList<>();
    for (Standard.Section s : sheet.standard().sections())
      for (Standard.Item i : s.items()) rows.add(new Row(s.name(), i));
    vetoes = new ArrayList<>(sheet.standard().vetoes().stream().map(VetoRow::new).toList());
    Campaigns.ScoreView score = sheet.score();
    if (score != null) {
      for (Grading.Scored x : score.items())
        rows.stream()
            .filter(r -> r.code.equals(x.code()))
            .forEach(
                r -> {
                  r.deduction =
                      x.deduction().signum() == 0
                          ? null
                          : x.deduction().remainder(BigDecimal.ONE).signum() == 0
                              ? x.deduction().setScale(0)
                              : x.deduction(); // 2, not the column's 2.0
                  r.reason = x.reason();
                });
      vetoes.forEach(v -> v.on = score.vetoes().contains(v.code));
      comments = score.comments();
    }
  }

  private void reload(boolean refill) {
    sheet = null;
    problem = null;
    if (refill) rows = null;
    getSheet();
  }

  private Campaigns.ScoreInput input() {
    return new Campaigns.ScoreInput(
        rows.stream()
            .map(r -> new Campaigns.DeductionInput(r.code, r.deduction, r.reason))
            .toList(),
        vetoes.stream().filter(v -> v.on).map(v -> v.code).toList(),
        comments);
  }

  public String save() {
    return store(false, "草稿已保存");
  }

  /** Posted by the page's script on every change; answers with the saved time in the page. */
  public String autosave() {
    try {
      campaigns.save(file, input(), false);
      autosaved = "已自动保存草稿";
    } catch (DomainException e) {
      autosaved = "未能自动保存：" + PageMessages.of(e, LABELS);
    }
    return null;
  }

  public String submit() {
    return store(true, null);
  }

  private String store(boolean submit, String ok) {
    try {
      Campaigns.ScoreView v = campaigns.save(file, input(), submit);
      info(
          ok != null
              ? ok
              : "AWAITING_SECOND".equals(v.status())
                  ? "评分表已提交：有否决项，须另一名评查员确认后生效"
                  : "评分表已提交：得分 " + v.total().toPlainString() + "，等次 " + v.grade());
      reload(false);
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  public String revise() {
    try {
      campaigns.revise(file, reviseReason);
      info("已生成新版本草稿，修改后请重新提交");
      reviseReason = null;
      reload(true);
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  public String confirm(long findingId) {
    try {
      Campaigns.FindingView f = campaigns.decide(findingId, true, findingReasons.get(findingId));
      if (f.item() != null && f.deduction() != null)
        rows.stream()
            .filter(r -> r.code.equals(f.item()))
            .forEach(
                r -> {
                  BigDecimal d = r.deduction == null ? BigDecimal.ZERO : r.deduction;
                  r.deduction = d.max(f.deduction()).min(r.points);
                  String why = "预检：" + f.message();
                  r.reason = r.reason == null || r.reason.isBlank() ? why : r.reason + "；" + why;
                });
      if (f.veto() != null)
        vetoes.stream().filter(v -> v.code.equals(f.veto())).forEach(v -> v.on = true);
      campaigns.save(file, input(), false);
      info("已确认预检问题“" + f.label() + "”，建议的扣分已填入评分表");
      reload(false);
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  public String reject(long findingId) {
    try {
      Campaigns.FindingView f = campaigns.decide(findingId, false, findingReasons.get(findingId));
      info("已驳回预检问题“" + f.label() + "”");
      reload(false);
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  public String secondAgree() {
    return second(true);
  }

  public String secondReturn() {
    return second(false);
  }

  private String second(boolean agree) {
    try {
      campaigns.second(file, agree, secondReason);
      info(agree ? "已确认否决，评分表生效" : "已退回评查员");
      reload(true);
    } catch (DomainException e) {
      error(e);
    }
    return null;
  }

  /** Whether the form takes input: the assigned reviewer, on a draft or a new sheet. */
  public boolean isEditable() {
    Campaigns.SheetView s = getSheet();
    return s != null && s.mayScore() && (s.score() == null || "DRAFT".equals(s.score().status()));
  }

  public boolean isRevisable() {
    Campaigns.SheetView s = getSheet();
    return s != null && s.mayScore() && s.score() != null && !"DRAFT".equals(s.score().status());
  }

  private static void info(String m) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
  }

  private static void error(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
  }

  public String getProblem() {
    getSheet();
    return problem;
  }

  public List<Row> getRows() {
    getSheet();
    return rows;
  }

  public List<VetoRow> getVetoes() {
    getSheet();
    return vetoes;
  }

  public Map<Long, String> getFindingReasons() {
    return findingReasons;
  }

  public Long getFile() {
    return file;
  }

  public void setFile(Long file) {
    this.file = file;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }

  public String getReviseReason() {
    return reviseReason;
  }

  public void setReviseReason(String reviseReason) {
    this.reviseReason = reviseReason;
  }

  public String getSecondReason() {
    return secondReason;
  }

  public void setSecondReason(String secondReason) {
    this.secondReason = secondReason;
  }

  public String getAutosaved() {
    return autosaved;
  }
}
