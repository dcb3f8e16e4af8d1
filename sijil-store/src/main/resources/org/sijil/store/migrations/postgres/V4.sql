-- who did what (the actor of every import, link run and user change) and stored estimate runs
-- Columns added here are NULL on rows written before this migration: the actor was not recorded then.
ALTER TABLE releases ADD COLUMN imported_by VARCHAR;
ALTER TABLE linkage_models ADD COLUMN created_by VARCHAR;
ALTER TABLE users ADD COLUMN created_by VARCHAR;
ALTER TABLE users ADD COLUMN updated_by VARCHAR;

-- One estimate run: its inputs (lists, options) and its result, both JSON documents, stored once and
-- read by publishing. model_id: the link run whose persons it counted.
CREATE TABLE estimate_runs (
  estimate_id INTEGER PRIMARY KEY,
  purpose VARCHAR NOT NULL,
  model_id INTEGER,
  inputs VARCHAR NOT NULL,
  result VARCHAR,
  note VARCHAR,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);
