-- Corrections suggested by readers for a person, kept for analysts (never applied by themselves).
-- submitted_by: the signed-in user, or 'public'; contact: what the sender chose to give, or NULL.
CREATE TABLE suggestions (
  suggestion_id BIGINT PRIMARY KEY,
  person_id VARCHAR NOT NULL,
  field VARCHAR NOT NULL,
  suggested_value VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  contact VARCHAR,
  submitted_by VARCHAR NOT NULL,
  submitted_at TIMESTAMP NOT NULL
);
