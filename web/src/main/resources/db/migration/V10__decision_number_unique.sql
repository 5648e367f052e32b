-- A decision number (决定书文号) is used once per agency (the year is inside the number). The key is the
-- number as DecisionNumbers.key compares it: brackets typed for 〔〕 read as 〔〕, full-width digits
-- folded, no spaces. Existing rows: the first case of a number keeps it as key; a later duplicate gets
-- no key (it would break the constraint) and is refused when its decision is recorded again.
ALTER TABLE enforcement_case ADD COLUMN decision_number_key VARCHAR(80);

UPDATE enforcement_case SET decision_number_key =
  UPPER(REPLACE(REPLACE(REPLACE(TRANSLATE(TRIM(decision_number),
    '[]()（）［］【】〖〗﹝﹞{}０１２３４５６７８９',
    '〔〕〔〕〔〕〔〕〔〕〔〕〔〕〔〕0123456789'), ' ', ''), '　', ''), CHR(9), ''))
WHERE decision_number IS NOT NULL AND TRIM(decision_number) <> ''
  AND NOT EXISTS (
    SELECT 1 FROM enforcement_case o
    WHERE o.agency_id = enforcement_case.agency_id AND o.id < enforcement_case.id
      AND UPPER(REPLACE(REPLACE(REPLACE(TRANSLATE(TRIM(o.decision_number),
            '[]()（）［］【】〖〗﹝﹞{}０１２３４５６７８９',
            '〔〕〔〕〔〕〔〕〔〕〔〕〔〕〔〕0123456789'), ' ', ''), '　', ''), CHR(9), ''))
        = UPPER(REPLACE(REPLACE(REPLACE(TRANSLATE(TRIM(enforcement_case.decision_number),
            '[]()（）［］【】〖〗﹝﹞{}０１２３４５６７８９',
            '〔〕〔〕〔〕〔〕〔〕〔〕〔〕〔〕0123456789'), ' ', ''), '　', ''), CHR(9), '')));

ALTER TABLE enforcement_case ADD CONSTRAINT uq_case_decision_number UNIQUE (agency_id, decision_number_key);
