-- Holiday calendars loaded by an administrator (years after the bundled 2019-2026 data).
CREATE TABLE holiday_year (
  calendar_year INTEGER PRIMARY KEY,
  data          VARCHAR(200000) NOT NULL,
  loaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  loaded_by     VARCHAR(60) NOT NULL
);
