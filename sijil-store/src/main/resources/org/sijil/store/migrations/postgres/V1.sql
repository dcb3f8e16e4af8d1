-- Register: sources, releases, raw rows verbatim, parsed records, rejects and warnings.
-- PostgreSQL's copy of the DuckDB V1: the same tables and columns. Names that are sorted use the "C"
-- collation so lists come out in the same (code point) order as on DuckDB. The row tables get an
-- index on (release_id, row_no): PostgreSQL has no zone maps for per-release scans.

CREATE TABLE sources (
  source_id INTEGER PRIMARY KEY,
  name VARCHAR COLLATE "C" NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL
);

-- One row per stored release. (source_id, label) is unique; enforced by the importer within its
-- transaction (a unique index would stop DuckDB replacing a release in one transaction).
CREATE TABLE releases (
  release_id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources (source_id),
  label VARCHAR COLLATE "C" NOT NULL,
  as_of DATE,
  imported_at TIMESTAMP NOT NULL,
  file_name VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  file_format VARCHAR NOT NULL,
  encoding VARCHAR,
  preamble VARCHAR NOT NULL,
  headers VARCHAR NOT NULL,
  mapping VARCHAR NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_imported BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  warnings BIGINT NOT NULL
);

-- Every data row of the file (imported or rejected), its cells verbatim as a JSON array of strings.
CREATE TABLE raw_rows (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  cells VARCHAR NOT NULL
);

-- The parsed record of each imported row, in canonical fields. Age is exact: years, months, days.
CREATE TABLE records (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  id VARCHAR,
  name_ar VARCHAR,
  name_en VARCHAR,
  age_years INTEGER,
  age_months INTEGER,
  age_days INTEGER,
  dob DATE,
  sex VARCHAR,
  source VARCHAR,
  dod DATE,
  place VARCHAR
);

CREATE TABLE rejects (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  reason VARCHAR NOT NULL
);

CREATE TABLE warnings (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  field VARCHAR COLLATE "C",
  kind VARCHAR COLLATE "C" NOT NULL,
  value VARCHAR,
  message VARCHAR NOT NULL
);

CREATE INDEX raw_rows_release ON raw_rows (release_id, row_no);
CREATE INDEX records_release ON records (release_id, row_no);
CREATE INDEX rejects_release ON rejects (release_id, row_no);
CREATE INDEX warnings_release ON warnings (release_id, row_no);
