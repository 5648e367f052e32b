package org.gongshi.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongshi.platform.DomainException;

/**
 * /staff/accounts.xhtml: an administrator creates and changes accounts (roles, agency, officer
 * link), lifts a login delay, sets a new password, and keeps officers' certificates up to date.
 */
@Named
@RequestScoped
public class AccountsPage {
  @Inject Accounts accounts;
  @Inject UserAdministration admin;

  // the account form: a new account, or the one named by ?user=
  private String editUser;
  private String newUsername;
  private String displayName;
  private Long agencyId;
  private Long officerId;
  private String email;
  private org.gongshi.organisation.entity.Role[] roles = {};
  private boolean enabled = true;
  private String newPassword;
  // the officer form: a new officer, or the one named by ?officer=
  private Long editOfficer;
  private Long officerAgencyId;
  private String officerName;
  private String certificateNo;
  private java.time.LocalDate validUntil;
  private List<UserAdministration.OfficerRow> officerRows;

  /** Fills the forms from ?user= and ?officer= on the way in (GET only). */
  public void load() {
    try {
      if (editUser != null && !editUser.isBlank()) {
        Accounts.Account a = accounts.account(accounts.find(editUser));
        newUsername = a.username();
        displayName = a.displayName();
        agencyId = a.agencyId();
        officerId = a.officerId();
        email = a.email();
        roles = a.roleCodes().toArray(org.gongshi.organisation.entity.Role[]::new);
        enabled = a.enabled();
      }
      if (editOfficer != null) {
        getOfficers().stream()
            .filter(o -> o.id() == editOfficer)
            .findFirst()
            .ifPresent(
                o -> {
                  officerAgencyId = o.agencyId();
                  officerName = o.name();
                  certificateNo = o.certificateNo();
                  validUntil = o.validUntil();
                });
      }
    } catch (DomainException e) {
      error = org.gongshi.platform.PageMessages.of(e, LABELS);
    }
  }

  static final java.util.Map<String, String> LABELS =
      java.util.Map.of(
          "username", "用户名",
          "password", "密码",
          "roles", "角色",
          "agencyId", "所属执法机关",
          "officerId", "关联执法人员",
          "certificateNo", "执法证号",
          "validUntil", "执法证有效期至");

  public void saveUser() {
    try {
      var in =
          new UserAdministration.UserInput(
              newUsername,
              displayName,
              agencyId,
              officerId,
              email,
              java.util.Set.of(roles),
              enabled,
              newPassword);
      Accounts.Account a = isEditingUser() ? admin.updateUser(editUser, in) : admin.createUser(in);
      message =
          (isEditingUser() ? "已保存账号 " : "已新建账号 ")
              + a.username()
              + (isEditingUser() ? "。" : "，请通过安全渠道把初始密码告知本人。");
      if (!isEditingUser()) clearUserForm();
    } catch (DomainException e) {
      error = org.gongshi.platform.PageMessages.of(e, LABELS);
    } catch (jakarta.validation.ConstraintViolationException e) {
      error = violations(e);
    }
    newPassword = null;
    list = null;
  }

  public void saveOfficer() {
    try {
      Long agency =
          editOfficer == null
              ? officerAgencyId
              : getOfficers().stream()
                  .filter(o -> o.id() == editOfficer)
                  .map(UserAdministration.OfficerRow::agencyId)
                  .findFirst()
                  .orElse(null);
      var in = new UserAdministration.OfficerInput(agency, officerName, certificateNo, validUntil);
      UserAdministration.OfficerRow o =
          editOfficer == null ? admin.createOfficer(in) : admin.updateOfficer(editOfficer, in);
      message = "已保存执法人员 " + o.name() + " 的执法证信息。";
      if (editOfficer == null) {
        officerName = null;
        certificateNo = null;
        validUntil = null;
      }
    } catch (DomainException e) {
      error = org.gongshi.platform.PageMessages.of(e, LABELS);
    } catch (jakarta.validation.ConstraintViolationException e) {
      error = violations(e);
    }
    officerRows = null;
  }

  private static String violations(jakarta.validation.ConstraintViolationException e) {
    return String.join(
        "；",
        e.getConstraintViolations().stream()
            .map(jakarta.validation.ConstraintViolation::getMessage)
            .sorted()
            .toList());
  }

  private void clearUserForm() {
    newUsername = null;
    displayName = null;
    agencyId = null;
    officerId = null;
    email = null;
    roles = new org.gongshi.organisation.entity.Role[0];
    enabled = true;
  }

  public boolean isEditingUser() {
    return editUser != null && !editUser.isBlank();
  }

  public List<org.gongshi.organisation.entity.Agency> getAgencies() {
    return admin.agencies();
  }

  public List<UserAdministration.OfficerRow> getOfficers() {
    if (officerRows == null) officerRows = admin.officers();
    return officerRows;
  }

  public org.gongshi.organisation.entity.Role[] getAllRoles() {
    return org.gongshi.organisation.entity.Role.values();
  }

  public String getEditUser() {
    return editUser;
  }

  public void setEditUser(String editUser) {
    this.editUser = editUser;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public Long getOfficerId() {
    return officerId;
  }

  public void setOfficerId(Long officerId) {
    this.officerId = officerId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public org.gongshi.organisation.entity.Role[] getRoles() {
    return roles;
  }

  public void setRoles(org.gongshi.organisation.entity.Role[] roles) {
    this.roles = roles == null ? new org.gongshi.organisation.entity.Role[0] : roles;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public Long getEditOfficer() {
    return editOfficer;
  }

  public void setEditOfficer(Long editOfficer) {
    this.editOfficer = editOfficer;
  }

  public Long getOfficerAgencyId() {
    return officerAgencyId;
  }

  public void setOfficerAgencyId(Long officerAgencyId) {
    this.officerAgencyId = officerAgencyId;
  }

  public String getOfficerName() {
    return officerName;
  }

  public void setOfficerName(String officerName) {
    this.officerName = officerName;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String certificateNo) {
    this.certificateNo = certificateNo;
  }

  public java.time.LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(java.time.LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  private String username;
  private String password;
  private String message;
  private String error;
  private List<Accounts.Account> list;

  public List<Accounts.Account> getAccounts() {
    if (list == null && error == null) {
      try {
        list = accounts.list();
      } catch (DomainException e) {
        error = e.getMessage();
        list = List.of();
      }
    }
    return list;
  }

  public String getRule() {
    return PasswordRule.TEXT;
  }

  public void unlock() {
    try {
      Accounts.Account a = accounts.unlock(username);
      message = "已解除 " + a.username() + " 的登录限制。";
    } catch (DomainException e) {
      error = e.getMessage();
    }
    list = null;
  }

  public void resetPassword() {
    try {
      Accounts.Account a = accounts.resetPassword(username, password);
      message = "已为 " + a.username() + " 设置新密码，请通过安全渠道告知本人。";
    } catch (DomainException e) {
      error = e.getMessage();
    }
    password = null;
    list = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getMessage() {
    return message;
  }

  public String getError() {
    return error;
  }
}
