-- Field intake (issue 17, docs/intake.md): every submission taken in, by its stable ID, once.
-- fields: the report's fields as a JSON object; contact_sealed: the reporter's contact sealed with the
-- contact public key (only administrators hold the private key), never plain text.
-- replaces_id (replaces_instance): the submission (its instance ID) this one edits (a version, never a new person); seq: arrival order.
-- status: pending until corroborated or confirmed by an analyst (status_by, status_at).
CREATE TABLE intake_submissions (
  submission_id VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL,
  source VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  instance_id VARCHAR,
  replaces_id VARCHAR,
  replaces_instance VARCHAR,
  channel VARCHAR NOT NULL,
  device_key VARCHAR NOT NULL,
  content_sha256 VARCHAR NOT NULL,
  fields VARCHAR NOT NULL,
  contact_sealed VARCHAR,
  status VARCHAR NOT NULL,
  status_by VARCHAR,
  status_at TIMESTAMP,
  received_by VARCHAR NOT NULL,
  received_at TIMESTAMP NOT NULL,
  log_index BIGINT NOT NULL
);
CREATE INDEX intake_submissions_source ON intake_submissions (source, seq);
