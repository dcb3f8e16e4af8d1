-- incidents (issue 18): each incident's current version (filter columns + its JSON document),
-- every version kept with what changed and who changed it, victims linked with role and
-- certainty, rejected import rows, the type vocabulary, analysts' grading decisions on persons
-- and which lists republish another (not independent sources).
CREATE TABLE incidents (
  id VARCHAR PRIMARY KEY,
  occurred_from DATE NOT NULL,
  occurred_to DATE NOT NULL,
  governorate VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  grade VARCHAR NOT NULL,
  document VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR NOT NULL
);

CREATE TABLE incident_versions (
  id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  document VARCHAR NOT NULL,
  change_note VARCHAR NOT NULL,
  changed_by VARCHAR NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE incident_victims (
  incident_id VARCHAR NOT NULL,
  person_id BIGINT NOT NULL,
  role VARCHAR NOT NULL,
  certainty VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  note VARCHAR,
  decided_by VARCHAR NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  PRIMARY KEY (incident_id, person_id)
);

CREATE TABLE incident_rejects (
  import_id VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  file_row BIGINT NOT NULL,
  field VARCHAR,
  message VARCHAR NOT NULL,
  raw VARCHAR
);

CREATE TABLE incident_types (
  code VARCHAR PRIMARY KEY,
  english VARCHAR NOT NULL,
  arabic VARCHAR NOT NULL,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE person_grade_decisions (
  person_id BIGINT NOT NULL,
  kind VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  decided_by VARCHAR NOT NULL,
  decided_at TIMESTAMP NOT NULL
);

CREATE TABLE source_origins (
  source VARCHAR PRIMARY KEY,
  origin VARCHAR NOT NULL,
  set_by VARCHAR NOT NULL,
  set_at TIMESTAMP NOT NULL
);
