-- Linkage: fitted models, persons, record-to-person links with probabilities, review queue and decisions.
-- Records are named by (release_id, row_no), as in migration 1.

-- Every model a linking run used: the spec and the fitted parameters, both as JSON documents.
CREATE TABLE linkage_models (
  model_id INTEGER PRIMARY KEY,
  created_at TIMESTAMP NOT NULL,
  spec VARCHAR NOT NULL,
  model VARCHAR NOT NULL
);

-- A person: a cluster of records. Ids are never reused; a person merged into another by a later
-- run keeps its row with merged_into set, so old links to it still resolve.
CREATE TABLE persons (
  person_id BIGINT PRIMARY KEY,
  created_at TIMESTAMP NOT NULL,
  merged_into BIGINT
);

-- The current person of each linked record. probability: the record's strongest match probability
-- to another record of the same person (NULL when it is the person's only record).
CREATE TABLE person_records (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  probability DOUBLE PRECISION,
  model_id INTEGER NOT NULL,
  linked_at TIMESTAMP NOT NULL
);

-- Pairs the model was unsure about, waiting for a reviewer.
CREATE TABLE review_queue (
  release_a INTEGER NOT NULL,
  row_a BIGINT NOT NULL,
  release_b INTEGER NOT NULL,
  row_b BIGINT NOT NULL,
  probability DOUBLE PRECISION NOT NULL,
  model_id INTEGER NOT NULL,
  queued_at TIMESTAMP NOT NULL
);

-- Reviewers' decisions; the latest per pair holds, and it overrides the model in every later run.
CREATE TABLE review_decisions (
  decision_id INTEGER PRIMARY KEY,
  release_a INTEGER NOT NULL,
  row_a BIGINT NOT NULL,
  release_b INTEGER NOT NULL,
  row_b BIGINT NOT NULL,
  decision VARCHAR NOT NULL,
  decided_by VARCHAR NOT NULL,
  note VARCHAR,
  decided_at TIMESTAMP NOT NULL
);

CREATE INDEX person_records_record ON person_records (release_id, row_no);
CREATE INDEX person_records_person ON person_records (person_id);
