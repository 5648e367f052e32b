package org.gongshi.disclosure.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.gongshi.disclosure.control.NameStyle;
import org.gongshi.platform.DomainException;
import org.gongshi.security.CurrentUser;

/**
 * /staff/agency-settings.xhtml: an agency's four-eyes rule, local name rules and redaction terms.
 * Every read and change goes through {@link AgencySettings} and {@link LocalRedactionTerms}, which
 * decide who may do what; the page only shows their answers.
 */
@Named
@ViewScoped
public class AgencySettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AgencySettings settings;
  @Inject transient LocalRedactionTerms terms;
  @Inject transient CurrentUser currentUser;

  /** A name style as the page offers it: its value and a Chinese label with an example. */
  public record StyleChoice(String value, String label) implements Serializable {}

  private static final List<StyleChoice> STYLES =
      Arrays.stream(NameStyle.values()).map(s -> new StyleChoice(s.name(), label(s))).toList();

  /** An agency in the selector. */
  public record AgencyChoice(long id, String name) implements Serializable {}

  private List<AgencyChoice> agencies;
  private Long agencyId;
  private String agencyName;
  private boolean loaded;
  private boolean fourEyes;
  private String partyNameStyle;
  private boolean keepLegalRepresentative;
  private String keep;
  private String mask;
  private String error;
  private String settingsError;
  private String keepError;
  private String maskError;

  /** Reads the chosen agency (or the caller's own) once per view. */
  public void load() {
    if (loaded) return;
    loaded = true;
    try {
      if (agencyId == null) {
        if (getAgencies().isEmpty()) {
          error = "您的账号未关联执法机关，无法查看公示设置";
          return;
        }
        agencyId = getAgencies().get(0).id();
      }
      show(settings.get(agencyId));
      show(terms.get(agencyId));
    } catch (DomainException e) {
      error = e.getMessage();
      agencyName = null;
    }
  }

  public String saveSettings() {
    settingsError = null;
    try {
      show(
          settings.change(
              agencyId,
              new AgencySettings.SettingsInput(fourEyes, partyNameStyle, keepLegalRepresentative)));
      info("公示规则已保存。本机关尚未公示的决定将按新规则重新生成遮盖建议（已批准的须重新核对并批准）。");
    } catch (DomainException e) {
      settingsError = e.getMessage();
    }
    return null;
  }

  public String saveTerms() {
    keepError = null;
    maskError = null;
    try {
      show(terms.replace(agencyId, new LocalRedactionTerms.TermsInput(lines(keep), lines(mask))));
      info("保留词和遮盖词已保存。本机关尚未公示的决定将按新词表重新生成遮盖建议（已批准的须重新核对并批准）。");
    } catch (DomainException e) {
      // the lists stay as stored; the entered text stays in the box for correction
      if (e.field() != null && e.field().startsWith("mask")) maskError = e.getMessage();
      else keepError = e.getMessage();
    }
    return null;
  }

  private void show(AgencySettings.SettingsView v) {
    agencyId = v.agencyId();
    agencyName = v.agencyName();
    fourEyes = v.fourEyes();
    partyNameStyle = v.partyNameStyle();
    keepLegalRepresentative = v.keepLegalRepresentative();
  }

  private void show(LocalRedactionTerms.Terms t) {
    keep = String.join("\n", t.keep());
    mask = String.join("\n", t.mask());
  }

  /** One term a line; blank lines do not count. */
  static List<String> lines(String text) {
    if (text == null) return List.of();
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static String label(NameStyle s) {
    return switch (s) {
      case FIRST_CHAR -> "张某某（姓名首字加“某某”，如 张三丰 → 张某某；默认）";
      case FIRST_CHAR_SHORT -> "张某（姓名首字加“某”，如 张三丰 → 张某）";
      case SURNAME -> "欧阳某某（保留完整姓氏，复姓不拆开，如 欧阳娜娜 → 欧阳某某）";
      case FULL -> "某某（不保留姓氏）";
    };
  }

  public List<StyleChoice> getStyles() {
    return STYLES;
  }

  public String getStyleLabel() {
    return STYLES.stream()
        .filter(c -> c.value().equals(partyNameStyle))
        .map(StyleChoice::label)
        .findFirst()
        .orElse("");
  }

  /** The agencies the caller may look at: all for administrators, else their own. */
  public List<AgencyChoice> getAgencies() {
    if (agencies == null)
      agencies =
          currentUser.selectableAgencies().stream()
              .map(a -> new AgencyChoice(a.getId(), a.getName()))
              .toList();
    return agencies;
  }

  public boolean isMayChangeSettings() {
    return agencyName != null && settings.mayChange();
  }

  public boolean isMayChangeTerms() {
    return agencyName != null && terms.mayChange(agencyId);
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    if (!java.util.Objects.equals(this.agencyId, agencyId)) loaded = false;
    this.agencyId = agencyId;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public void setFourEyes(boolean fourEyes) {
    this.fourEyes = fourEyes;
  }

  public String getPartyNameStyle() {
    return partyNameStyle;
  }

  public void setPartyNameStyle(String partyNameStyle) {
    this.partyNameStyle = partyNameStyle;
  }

  public boolean isKeepLegalRepresentative() {
    return keepLegalRepresentative;
  }

  public void setKeepLegalRepresentative(boolean keepLegalRepresentative) {
    this.keepLegalRepresentative = keepLegalRepresentative;
  }

  public String getKeep() {
    return keep;
  }

  public void setKeep(String keep) {
    this.keep = keep;
  }

  public String getMask() {
    return mask;
  }

  public void setMask(String mask) {
    this.mask = mask;
  }

  public String getError() {
    return error;
  }

  public String getSettingsError() {
    return settingsError;
  }

  public String getKeepError() {
    return keepError;
  }

  public String getMaskError() {
    return maskError;
  }
}
