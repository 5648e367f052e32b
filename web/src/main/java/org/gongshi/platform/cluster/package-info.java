/**
 * Several nodes on one database: cluster-wide jobs that run once per period, and the positions of
 * each node's search replica (the outbox is pruned only behind all live replicas).
 */
package org.gongshi.platform.cluster;
