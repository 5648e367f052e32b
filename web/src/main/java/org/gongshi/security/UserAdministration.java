package org.gongshi.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DatePolicy;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;

/**
 * An administrator keeps the staff in order: new accounts with roles and agency, changes to them,
 * officers and their enforcement certificates. Administrators only; every change audited, and a
 * password never appears in an answer or the audit trail.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {
  /** Roles whose work is an agency's own: such an account needs an agency. */
  static final Set<Role> AGENCY_ROLES =
      EnumSet.of(Role.CASE_OFFICER, Role.DISCLOSURE_OFFICER, Role.LEGAL_REVIEWER);

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Accounts accounts;

  /** A new or changed account (the password only for a new one). */
  public record UserInput(
      @NotBlank(message = "用户名不能为空")
          @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "用户名须为 3 至 60 个英文字母、数字或 . _ -")
          String username,
      @NotBlank(message = "姓名不能为空") @Size(max = 60, message = "姓名最多60字") String displayName,
      Long agencyId,
      Long officerId,
      @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱最多200个字符") String email,
      @NotEmpty(message = "请至少选择一个角色") Set<@NotNull Role> roles,
      boolean enabled,
      String password) {}

  /** An officer and their enforcement certificate. */
  public record OfficerInput(
      @NotNull(message = "请选择所属执法机关") Long agencyId,
      @NotBlank(message = "执法人员姓名不能为空") @Size(max = 60, message = "姓名最多60字") String name,
      @NotBlank(message = "执法证号不能为空") @Size(max = 40, message = "执法证号最多40个字符") String certificateNo,
      @NotNull(message = "请填写执法证有效期至") LocalDate validUntil) {}

  /** An officer as the administration page lists them. */
  public record OfficerRow(
      long id,
      long agencyId,
      String agencyName,
      String name,
      String certificateNo,
      LocalDate validUntil,
      boolean valid) {}

  public List<Agency> agencies() {
    currentUser.require(Role.ADMIN);
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
  }

  public List<OfficerRow> officers() {
    currentUser.require(Role.ADMIN);
    return em.createQuery("SELECT o FROM Officer o ORDER BY o.agency.id, o.id", Officer.class)
        .getResultStream()
        .map(UserAdministration::row)
        .toList();
  }

  public Accounts.Account createUser(@Valid UserInput in) {
    if (in == null) throw DomainException.invalid(null, "请求内容不能为空");
    AppUser admin = currentUser.require(Role.ADMIN);
    String username = in.username().strip();
    if (!em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict("username", "用户名“" + username + "”已被使用");
    }
    String violation = PasswordRule.violation(username, in.password());
    if (violation != null) throw DomainException.invalid("password", violation);
    Agency agency = agency(in);
    Officer officer = officer(in, agency);
    AppUser u =
        new AppUser(
            username,
            Passwords.hash(in.password()),
            in.displayName().strip(),
            agency,
            officer,
            blankToNull(in.email()),
            in.roles());
    em.persist(u);
    em.flush();
    audit.append(
        admin.getUsername(), "CREATE_USER", "AppUser", u.getId(), null, "新建账号 " + describe(u));
    return accounts.account(u);
  }

  public Accounts.Account updateUser(String username, @Valid UserInput in) {
    if (in == null) throw DomainException.invalid(null, "请求内容不能为空");
    AppUser admin = currentUser.require(Role.ADMIN);
    AppUser u = accounts.find(username);
    if (u.getId().equals(admin.getId()) && (!in.enabled() || !in.roles().contains(Role.ADMIN))) {
      throw DomainException.invalid("roles", "不能停用自己的账号或取消自己的系统管理员角色（避免无人可管理）");
    }
    Agency agency = agency(in);
    Officer officer = officer(in, agency);
    String before = describe(u);
    u.update(
        in.displayName().strip(),
        agency,
        officer,
        blankToNull(in.email()),
        in.roles(),
        in.enabled());
    audit.append(
        admin.getUsername(),
        "UPDATE_USER",
        "AppUser",
        u.getId(),
        null,
        "修改前：" + before + "\n修改后：" + describe(u));
    return accounts.account(u);
  }

  public OfficerRow createOfficer(@Valid OfficerInput in) {
    if (in == null) throw DomainException.invalid(null, "请求内容不能为空");
    AppUser admin = currentUser.require(Role.ADMIN);
    Agency agency = em.find(Agency.class, in.agencyId());
    if (agency == null) throw DomainException.invalid("agencyId", "执法机关不存在");
    checkCertificate(in, null);
    Officer o = new Officer(agency, in.name().strip(), in.certificateNo().strip(), in.validUntil());
    em.persist(o);
    em.flush();
    audit.append(
        admin.getUsername(), "CREATE_OFFICER", "Officer", o.getId(), null, "登记执法人员 " + describe(o));
    return row(o);
  }

  public OfficerRow updateOfficer(long id, @Valid OfficerInput in) {
    if (in == null) throw DomainException.invalid(null, "请求内容不能为空");
    AppUser admin = currentUser.require(Role.ADMIN);
    Officer o = em.find(Officer.class, id);
    if (o == null) throw DomainException.notFound("未找到该执法人员");
    if (!o.getAgency().getId().equals(in.agencyId())) {
      throw DomainException.invalid("agencyId", "执法人员的所属机关不能在此更改，请为新机关另行登记");
    }
    checkCertificate(in, o.getId());
    String before = describe(o);
    o.updateCertificate(in.name().strip(), in.certificateNo().strip(), in.validUntil());
    audit.append(
        admin.getUsername(),
        "UPDATE_OFFICER",
        "Officer",
        o.getId(),
        null,
        "修改前：" + before + "\n修改后：" + describe(o));
    return row(o);
  }

  private void checkCertificate(OfficerInput in, Long except) {
    String problem = DatePolicy.plannedProblem(in.validUntil(), DatePolicy.today(), 3650);
    if (problem != null) throw DomainException.invalid("validUntil", problem);
    List<Officer> same =
        em.createQuery(
                "SELECT o FROM Officer o WHERE o.certificateNo = :no AND o.id <> :except",
                Officer.class)
            .setParameter("no", in.certificateNo().strip())
            .setParameter("except", except == null ? -1L : except)
            .getResultList();
    if (!same.isEmpty()) {
      throw DomainException.conflict(
          "certificateNo", "执法证号“" + in.certificateNo().strip() + "”已登记给 " + same.get(0).getName());
    }
  }

  private Agency agency(UserInput in) {
    if (in.agencyId() == null) {
      if (in.roles().stream().anyMatch(AGENCY_ROLES::contains)) {
        throw DomainException.invalid("agencyId", "执法人员、公示审核员和法制审核员的账号须指定所属执法机关");
      }
      return null;
    }
    Agency a = em.find(Agency.class, in.agencyId());
    if (a == null) throw DomainException.invalid("agencyId", "执法机关不存在");
    return a;
  }

  private Officer officer(UserInput in, Agency agency) {
    if (in.officerId() == null) return null;
    Officer o = em.find(Officer.class, in.officerId());
    if (o == null || agency == null || !o.getAgency().getId().equals(agency.getId())) {
      throw DomainException.invalid("officerId", "关联的执法人员不存在或不属于所选执法机关");
    }
    return o;
  }

  private static OfficerRow row(Officer o) {
    return new OfficerRow(
        o.getId(),
        o.getAgency().getId(),
        o.getAgency().getName(),
        o.getName(),
        o.getCertificateNo(),
        o.getValidUntil(),
        o.isCertificateValidOn(DatePolicy.today()));
  }

  private static String describe(AppUser u) {
    return u.getUsername()
        + "（"
        + u.getDisplayName()
        + "；角色 "
        + String.join("、", u.getRoles().stream().sorted().map(r -> r.label).toList())
        + "；机关 "
        + (u.getAgency() == null ? "无" : u.getAgency().getName())
        + "；"
        + (u.isEnabled() ? "启用" : "停用")
        + "）";
  }

  private static String describe(Officer o) {
    return o.getName() + "（执法证 " + o.getCertificateNo() + "，有效期至 " + o.getValidUntil() + "）";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
