-- The date a document bears (its own date, e.g. the decision's date), entered with the document.
-- NULL where it was not given: the catalog then shows the upload day and says so.
ALTER TABLE case_document ADD COLUMN document_date DATE;
