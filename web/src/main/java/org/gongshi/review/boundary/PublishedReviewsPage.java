package org.gongshi.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /portal/reviews.xhtml: the review campaigns whose summary the legal office published. Shows only
 * what the frozen summary holds: agencies, counts, averages and grades.
 */
@Named("publishedReviews")
@RequestScoped
public class PublishedReviewsPage {
  @Inject Campaigns campaigns;

  private List<Campaigns.PublishedSummary> summaries;

  public List<Campaigns.PublishedSummary> getSummaries() {
    if (summaries == null) summaries = campaigns.published();
    return summaries;
  }
}
