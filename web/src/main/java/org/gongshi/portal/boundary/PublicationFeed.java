package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.gongshi.platform.cluster.ChangeFeed;
import org.gongshi.portal.entity.PublicationChanged;

/**
 * Writes each publication, withdrawal or take-down into the public change feed, in its own
 * transaction, so the other nodes of a cluster update their public indexes.
 */
@ApplicationScoped
public class PublicationFeed {
  @Inject ChangeFeed feed;

  void onChange(@Observes PublicationChanged event) {
    feed.record(ChangeFeed.PUBLICATION, event.publishedDecisionId());
  }
}
