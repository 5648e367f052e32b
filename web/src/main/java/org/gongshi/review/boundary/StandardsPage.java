package org.gongshi.review.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.review.control.Standard;

/**
 * /staff/standards.xhtml: the versions of the review standard, and (legal office, admin) an edited
 * copy of one saved as a new version. Campaigns already running keep the version they started with.
 */
@Named
@ViewScoped
public class StandardsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Map<String, String> LABELS =
      Map.of(
          "name", "标准名称",
          "sections", "部分",
          "items", "评查项目",
          "vetoes", "否决项",
          "passFrom", "等次线",
          "standardId", "底稿");

  @Inject transient Standards standards;

  /** One editable item. */
  public static final class ItemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String criterion;
    private BigDecimal points;
    private String rule;

    ItemRow(String code, String criterion, BigDecimal points, String rule) {
      this.code = code;
      this.criterion = criterion;
      this.points = points;
      this.rule = rule;
    }

    public String getCode() {
      return code;
    }

    public String getCriterion() {
      return criterion;
    }

    public void setCriterion(String criterion) {
      this.criterion = criterion;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public void setPoints(BigDecimal points) {
      this.points = points;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }
  }

  /** One editable section. */
  public static final class SectionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private final List<ItemRow> items = new ArrayList<>();

    SectionRow(String name) {
      this.name = name;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<ItemRow> getItems() {
      return items;
    }

    /** The points of the section as typed so far (blank counts 0). */
    public BigDecimal getPoints() {
      return items.stream()
          .map(i -> i.points == null ? BigDecimal.ZERO : i.points)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** One editable veto item. */
  public static final class VetoRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private String label;

    VetoRow(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  private Long base;
  private Integer baseVersion;
  private String name;
  private BigDecimal excellentFrom;
  private BigDecimal passFrom;
  private List<SectionRow> sections;
  private List<VetoRow> vetoes;
  private int nextCode;

  public List<Standards.StandardSummary> getVersions() {
    return standards.list();
  }

  public boolean isOrganiser() {
    var r = FacesContext.getCurrentInstance().getExternalContext();
    return r.isUserInRole("LEGAL_OFFICE") || r.isUserInRole("ADMIN");
  }

  /** Loads version {@code base} into the editor (viewAction). */
  public void load() {
    if (base == null || sections != null || !isOrganiser()) return;
    try {
      Standards.StandardDetail d = standards.get(base);
      Standard s = d.standard();
      baseVersion = d.version();
      name = s.name();
      excellentFrom = s.excellentFrom();
      passFrom = s.passFrom();
      sections = new ArrayList<>();
      for (Standard.Section x : s.sections()) {
        SectionRow row = new SectionRow(x.name());
        for (Standard.Item i : x.items())
          row.items.add(new ItemRow(i.code(), i.criterion(), i.points(), i.rule()));
        sections.add(row);
      }
      vetoes = new ArrayList<>();
      for (Standard.Veto v : s.vetoes()) vetoes.add(new VetoRow(v.code(), v.label()));
    } catch (DomainException e) {
      failed(e);
      base = null;
    }
  }

  public void addItem(SectionRow section) {
    section.items.add(new ItemRow(freshCode("X"), "", null, "每处缺陷扣 1 分，扣完为止"));
  }

  public void removeItem(SectionRow section, ItemRow item) {
    section.items.remove(item);
  }

  public void addVeto() {
    vetoes.add(new VetoRow(freshCode("VETO_X"), ""));
  }

  public void removeVeto(VetoRow veto) {
    vetoes.remove(veto);
  }

  /** Saves the edited copy as a new version. */
  public String save() {
    try {
      Standards.StandardDetail d =
          standards.saveCopy(
              base,
              new Standard(
                  name == null ? null : name.strip(),
                  excellentFrom,
                  passFrom,
                  sections.stream()
                      .map(
                          s ->
                              new Standard.Section(
                                  s.name == null ? null : s.name.strip(),
                                  s.items.stream()
                                      .map(
                                          i ->
                                              new Standard.Item(
                                                  i.code,
                                                  i.criterion == null ? null : i.criterion.strip(),
                                                  i.points,
                                                  i.rule == null || i.rule.isBlank()
                                                      ? null
                                                      : i.rule.strip()))
                                      .toList()))
                      .toList(),
                  vetoes.stream()
                      .map(v -> new Standard.Veto(v.code, v.label == null ? null : v.label.strip()))
                      .toList()));
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().getFlash().setKeepMessages(true);
      ctx.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "已保存“" + d.standard().name() + "”第 " + d.version() + " 版；新发起的评查活动使用该版本，进行中的评查活动仍用原版本",
              null));
      return "/staff/standards.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      failed(e);
      return null;
    }
  }

  private String freshCode(String prefix) {
    java.util.Set<String> used = new java.util.HashSet<>();
    sections.forEach(s -> s.items.forEach(i -> used.add(i.code)));
    vetoes.forEach(v -> used.add(v.code));
    String code;
    do code = prefix + (++nextCode);
    while (used.contains(code));
    return code;
  }

  private static void failed(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
  }

  public BigDecimal getTotal() {
    return sections == null
        ? BigDecimal.ZERO
        : sections.stream().map(SectionRow::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getBase() {
    return base;
  }

  public void setBase(Long base) {
    this.base = base;
  }

  public Integer getBaseVersion() {
    return baseVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getExcellentFrom() {
    return excellentFrom;
  }

  public void setExcellentFrom(BigDecimal excellentFrom) {
    this.excellentFrom = excellentFrom;
  }

  public BigDecimal getPassFrom() {
    return passFrom;
  }

  public void setPassFrom(BigDecimal passFrom) {
    this.passFrom = passFrom;
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public List<VetoRow> getVetoes() {
    return vetoes;
  }
}
