package org.gongshi.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.organisation.entity.AppUser;

/** Who is logged in, for the page header, and logout. */
@Named
@RequestScoped
public class SessionPage {
  @Inject CurrentUser currentUser;

  public AppUser getUser() {
    return currentUser.user().orElse(null);
  }

  public String getRoles() {
    AppUser u = getUser();
    return u == null ? "" : String.join("、", u.getRoles().stream().map(r -> r.label).toList());
  }

  public String logout() throws ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) ec.getRequest()).logout();
    ec.invalidateSession();
    return "/index?faces-redirect=true";
  }
}
