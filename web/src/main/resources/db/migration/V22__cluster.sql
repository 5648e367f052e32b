-- Several nodes on one database. A cluster-wide job claims its period (one row per job and period,
-- the primary key lets one node through); each node's search index reports how far it applied the
-- outbox, and the outbox is pruned only up to the lowest position of the replicas alive.
CREATE TABLE job_run (
  job         VARCHAR(60) NOT NULL,
  period      VARCHAR(40) NOT NULL,
  node        VARCHAR(100) NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (job, period)
);

CREATE TABLE search_replica (
  node        VARCHAR(100) NOT NULL,
  index_name  VARCHAR(40) NOT NULL,
  applied_seq BIGINT NOT NULL,
  seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (node, index_name)
);

-- The outbox rows up to and including pruned_through are gone: a replica behind it rebuilds.
CREATE TABLE search_outbox_pruned (
  index_name     VARCHAR(40) NOT NULL PRIMARY KEY,
  pruned_through BIGINT NOT NULL,
  pruned_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
