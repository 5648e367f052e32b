package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gongshi.disclosure.control.NameStyle;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * An agency's disclosure settings: four eyes (the publisher is not the approver) and its local
 * redaction rules (DOMAIN.md §3): how the natural-person party's name is written, and whether the
 * legal representative of an organisation party stays public.
 */
@ApplicationScoped
@Transactional
public class AgencySettings {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** Who changes the settings. */
  private static final Role[] CHANGERS = {Role.ADMIN};

  public record SettingsView(
      long agencyId,
      String agencyName,
      boolean fourEyes,
      String partyNameStyle,
      String partyNameExample,
      boolean keepLegalRepresentative) {}

  /** Any of the three; what is left out stays as it is. */
  public record SettingsInput(
      Boolean fourEyes, String partyNameStyle, Boolean keepLegalRepresentative) {}

  /** The agency's settings: its own disclosure officers, administrators and the legal office. */
  public SettingsView get(long agencyId) {
    currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    return view(agency(agencyId));
  }

  /**
   * An administrator changes one agency's settings (audited, each change with before and after).
   */
  public SettingsView change(long agencyId, SettingsInput in) {
    AppUser u = currentUser.require(CHANGERS);
    Agency a = agency(agencyId);
    if (in == null
        || (in.fourEyes() == null
            && in.partyNameStyle() == null
            && in.keepLegalRepresentative() == null))
      throw DomainException.invalid(
          "fourEyes",
          "请至少填写一项：fourEyes（四眼原则）、partyNameStyle（当事人姓名写法）或 keepLegalRepresentative（是否公开法定代表人）");
    NameStyle style = null;
    if (in.partyNameStyle() != null) {
      style = NameStyle.of(in.partyNameStyle());
      if (style == null)
        throw DomainException.invalid(
            "partyNameStyle",
            "当事人姓名写法只能是："
                + String.join(
                    "、",
                    java.util.Arrays.stream(NameStyle.values())
                        .map(s -> s.name() + "（" + s.example + "）")
                        .toList()));
    }
    java.util.List<String> changes = new java.util.ArrayList<>();
    if (in.fourEyes() != null && in.fourEyes() != a.isFourEyes()) {
      changes.add("四眼原则（批准人不能发布）：" + onOff(a.isFourEyes()) + " → " + onOff(in.fourEyes()));
      a.setFourEyes(in.fourEyes());
    }
    if (style != null && !style.name().equals(a.getPartyNameStyle())) {
      changes.add("当事人姓名写法：" + example(a.getPartyNameStyle()) + " → " + style.example);
      a.setPartyNameStyle(style.name());
    }
    if (in.keepLegalRepresentative() != null
        && in.keepLegalRepresentative() != a.isKeepLegalRepresentative()) {
      changes.add(
          "单位当事人的法定代表人："
              + keepOrMask(a.isKeepLegalRepresentative())
              + " → "
              + keepOrMask(in.keepLegalRepresentative()));
      a.setKeepLegalRepresentative(in.keepLegalRepresentative());
    }
    if (!changes.isEmpty())
      audit.append(
          u.getUsername(),
          "DISCLOSURE_SETTINGS_CHANGED",
          "Agency",
          a.getId(),
          null,
          a.getName() + " " + String.join("；", changes));
    return view(a);
  }

  /** Whether the caller may change an agency's settings (for a page: controls or read-only). */
  public boolean mayChange() {
    return currentUser.user().map(u -> hasAny(u, CHANGERS)).orElse(false);
  }

  static boolean hasAny(AppUser u, Role... roles) {
    return java.util.Arrays.stream(roles).anyMatch(u.getRoles()::contains);
  }

  Agency agency(long agencyId) {
    Agency a = em.find(Agency.class, agencyId);
    if (a == null || !currentUser.mayRead(agencyId))
      throw DomainException.notFound("未找到该执法机关，或不属于您所在的执法机关");
    return a;
  }

  private static String onOff(boolean on) {
    return on ? "开启" : "关闭";
  }

  private static String keepOrMask(boolean keep) {
    return keep ? "公开" : "遮盖";
  }

  private static String example(String style) {
    NameStyle s = NameStyle.of(style);
    return s == null ? NameStyle.FIRST_CHAR.example : s.example;
  }

  private static SettingsView view(Agency a) {
    NameStyle s = NameStyle.of(a.getPartyNameStyle());
    if (s == null) s = NameStyle.FIRST_CHAR;
    return new SettingsView(
        a.getId(), a.getName(), a.isFourEyes(), s.name(), s.example, a.isKeepLegalRepresentative());
  }
}
