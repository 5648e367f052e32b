-- The applied outbox sequence of a search index that every node shares (an OpenSearch cluster),
-- kept in the database beside the outbox, and the row one node at a time locks while it applies
-- (SELECT ... FOR UPDATE SKIP LOCKED in the applying transaction: a node that dies mid-bulk drops
-- its connection, the lock goes with it, and the next node replays from the sequence recorded here;
-- the outbox sequence is the document version in the cluster, so a replay writes nothing twice).
-- An embedded Lucene index keeps its own sequence in its commit and never uses this table.
-- applied_seq NULL: never recorded here; the index's own record (its _meta) is the start.
CREATE TABLE search_applied (
  index_name   VARCHAR(40) PRIMARY KEY,
  applied_seq  BIGINT,
  applied_by   VARCHAR(100),
  applied_at   TIMESTAMP WITH TIME ZONE
);
INSERT INTO search_applied (index_name) VALUES ('archive');
