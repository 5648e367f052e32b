-- Local redaction rules per agency (DOMAIN.md §3), with today's defaults: the natural-person party
-- (and an individual business's operator) written as 张某某, and the legal representative of an
-- organisation party kept (a public field of the national 双公示 data).
ALTER TABLE agency ADD COLUMN party_name_style VARCHAR(16) DEFAULT 'FIRST_CHAR' NOT NULL;
ALTER TABLE agency ADD COLUMN keep_legal_representative BOOLEAN DEFAULT TRUE NOT NULL;

-- The local rules a proposal was drafted under: an unpublished proposal is drafted again when its
-- agency's rules change (the name style, the legal representative, the keep and mask terms).
ALTER TABLE disclosure_record ADD COLUMN proposal_rules VARCHAR(64);
