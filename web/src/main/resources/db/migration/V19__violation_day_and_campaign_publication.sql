-- Issue 17. The day of the violation (or of the end of a continuing one), from which the two-year
-- limitation of 行政处罚法第三十六条 runs; null where the file does not record it (the pre-check
-- then says it could not check).
ALTER TABLE enforcement_case ADD COLUMN violation_day DATE;

-- A campaign's summary as published on the portal: agencies, counts, averages and grades only,
-- frozen when the legal office publishes it (a later revision of a score does not change it).
ALTER TABLE review_campaign ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_campaign ADD COLUMN published_by VARCHAR(100);
ALTER TABLE review_campaign ADD COLUMN published_summary VARCHAR(20000);
