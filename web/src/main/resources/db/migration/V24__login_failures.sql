-- Failed logins per user name ('u:' + name) and per client address ('a:' + address), shared by every
-- node: a guesser gets one budget across the cluster, and an administrator's unlock reaches every
-- node. Times are epoch milliseconds. Rows whose failures have decayed are deleted as logins go on.
CREATE TABLE login_failure (
  throttle_key  VARCHAR(120) PRIMARY KEY,
  failures      INTEGER NOT NULL,
  last_failure  BIGINT NOT NULL,
  next_slot     BIGINT NOT NULL
);
CREATE INDEX login_failure_last ON login_failure (last_failure);
