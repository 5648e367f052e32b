package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.gongshi.platform.DomainException;

/** The disclosure officer's clock page. */
@Named
@RequestScoped
public class DisclosurePage {
  @Inject Clock clock;
  @Inject Disclosures disclosures;
  private Disclosures.Dashboard dashboard;
  private String error;

  public Disclosures.Dashboard getDashboard() {
    if (dashboard == null && error == null) {
      try {
        dashboard = disclosures.dashboard(LocalDate.now(clock));
      } catch (DomainException e) {
        error = e.getMessage();
      }
    }
    return dashboard;
  }

  public String getError() {
    getDashboard();
    return error;
  }
}
