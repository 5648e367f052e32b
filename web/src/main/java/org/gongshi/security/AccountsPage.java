package org.gongshi.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongshi.platform.DomainException;

/** /staff/accounts.xhtml: an administrator lifts a login delay or sets a new password. */
@Named
@RequestScoped
public class AccountsPage {
  @Inject Accounts accounts;

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
