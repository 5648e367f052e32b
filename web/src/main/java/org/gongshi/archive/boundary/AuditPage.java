package org.gongshi.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/** The chain verification page. */
@Named
@RequestScoped
public class AuditPage {
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  private AuditTrail.ChainReport report;
  private String error;

  public AuditTrail.ChainReport getReport() {
    if (report == null && error == null) {
      try {
        currentUser.require(Role.ADMIN, Role.CASE_REVIEWER, Role.LEGAL_OFFICE);
        report = audit.verify();
      } catch (DomainException e) {
        error = e.getMessage();
      }
    }
    return report;
  }

  public String getError() {
    getReport();
    return error;
  }
}
