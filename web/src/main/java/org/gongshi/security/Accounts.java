package org.gongshi.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;

/**
 * An administrator's help with logins: see who is being slowed down, lift the delay, set a new
 * password. Administrators only, every change audited.
 */
@ApplicationScoped
public class Accounts {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** A staff login as an administrator sees it. */
  public record Account(
      String username,
      String displayName,
      List<String> roles,
      boolean enabled,
      int failedLogins,
      long delaySeconds,
      List<Role> roleCodes,
      Long agencyId,
      String agencyName,
      Long officerId,
      String officerName,
      String email) {
    public String rolesText() {
      return String.join("、", roles);
    }

    public String delayText() {
      return delaySeconds == 0 ? "无" : delaySeconds + " 秒";
    }
  }

  @Transactional
  public List<Account> list() {
    currentUser.require(Role.ADMIN);
    LoginThrottle t = LoginThrottle.shared();
    long now = System.currentTimeMillis();
    return em.createNamedQuery(AppUser.ALL, AppUser.class)
        .getResultStream()
        .map(u -> account(u, t, now))
        .toList();
  }

  /** Lifts the login delay of a user (failures counted from this client address stay). */
  @Transactional
  public Account unlock(String username) {
    AppUser admin = currentUser.require(Role.ADMIN);
    AppUser u = find(username);
    int failures = LoginThrottle.shared().failures(u.getUsername(), System.currentTimeMillis());
    LoginThrottle.shared().clear(u.getUsername());
    audit.append(
        admin.getUsername(),
        "UNLOCK_LOGIN",
        "AppUser",
        u.getId(),
        null,
        "解除 " + u.getUsername() + " 的登录限制（此前连续失败 " + failures + " 次）");
    return account(u);
  }

  /** Sets a new password (the rule in {@link PasswordRule}); lifts the delay too. */
  @Transactional
  public Account resetPassword(String username, String password) {
    AppUser admin = currentUser.require(Role.ADMIN);
    AppUser u = find(username);
    String violation = PasswordRule.violation(u.getUsername(), password);
    if (violation != null) throw DomainException.invalid("password", violation);
    u.changePasswordHash(Passwords.hash(password));
    LoginThrottle.shared().clear(u.getUsername());
    audit.append(
        admin.getUsername(),
        "RESET_PASSWORD",
        "AppUser",
        u.getId(),
        null,
        "重置 " + u.getUsername() + " 的密码");
    return account(u);
  }

  AppUser find(String username) {
    return em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", username == null ? "" : username.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("没有用户名为“" + username + "”的工作人员账号"));
  }

  Account account(AppUser u) {
    return account(u, LoginThrottle.shared(), System.currentTimeMillis());
  }

  private static Account account(AppUser u, LoginThrottle t, long now) {
    return new Account(
        u.getUsername(),
        u.getDisplayName(),
        u.getRoles().stream().sorted().map(r -> r.label).toList(),
        u.isEnabled(),
        t.failures(u.getUsername(), now),
        (t.pendingDelay(u.getUsername(), now) + 999) / 1000,
        u.getRoles().stream().sorted().toList(),
        u.getAgency() == null ? null : u.getAgency().getId(),
        u.getAgency() == null ? null : u.getAgency().getName(),
        u.getOfficer() == null ? null : u.getOfficer().getId(),
        u.getOfficer() == null ? null : u.getOfficer().getName(),
        u.getEmail());
  }
}
