package org.gongshi.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongshi.organisation.entity.Agency;

/** The annual statistics section of the 事前公开 page: agencies and finished years. */
@Named("publicStatistics")
@RequestScoped
public class PublicStatisticsPage {
  @Inject Reports reports;

  public List<Agency> getAgencies() {
    return reports.agencies();
  }

  public List<Integer> getYears() {
    return reports.publishedYears();
  }
}
