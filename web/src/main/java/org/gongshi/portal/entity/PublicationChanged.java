package org.gongshi.portal.entity;

/**
 * Fired in the transaction that publishes, withdraws or takes down a decision; the public index
 * follows after commit.
 */
public record PublicationChanged(long publishedDecisionId) {}
