-- The power-list item a published decision enforces, so the portal can search and list decisions by
-- item (issue 18). Filled from the case for decisions published before.
ALTER TABLE published_decision ADD COLUMN catalog_code VARCHAR(60);
UPDATE published_decision SET catalog_code =
  (SELECT c.catalog_code FROM disclosure_record d JOIN enforcement_case c ON c.id = d.case_id
    WHERE d.id = published_decision.disclosure_id);
