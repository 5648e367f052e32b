package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/** An agency's disclosure settings: four eyes (the publisher is not the approver). */
@ApplicationScoped
@Transactional
public class AgencySettings {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  public record SettingsView(long agencyId, String agencyName, boolean fourEyes) {}

  public record SettingsInput(Boolean fourEyes) {}

  /** The agency's settings: its own disclosure officers, administrators and the legal office. */
  public SettingsView get(long agencyId) {
    currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    return view(agency(agencyId));
  }

  /** An administrator turns four eyes on or off for one agency (audited). */
  public SettingsView change(long agencyId, SettingsInput in) {
    AppUser u = currentUser.require(Role.ADMIN);
    Agency a = agency(agencyId);
    if (in == null || in.fourEyes() == null)
      throw DomainException.invalid("fourEyes", "请说明是否实行四眼原则：true（批准人不能发布）或 false");
    boolean before = a.isFourEyes();
    a.setFourEyes(in.fourEyes());
    audit.append(
        u.getUsername(),
        "DISCLOSURE_SETTINGS_CHANGED",
        "Agency",
        a.getId(),
        null,
        a.getName() + " 四眼原则（批准人不能发布）：" + onOff(before) + " → " + onOff(in.fourEyes()));
    return view(a);
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

  private static SettingsView view(Agency a) {
    return new SettingsView(a.getId(), a.getName(), a.isFourEyes());
  }
}
