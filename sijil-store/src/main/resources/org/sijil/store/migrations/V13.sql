-- Display names of a source (list) in English and Arabic, set by an analyst; the source code stays
-- the key everywhere, and a page shows the name in its language or, when none is set, the code.
-- named_by / named_at: who set the names last and when (each change is also logged).
CREATE TABLE source_names (
  source VARCHAR PRIMARY KEY,
  name_en VARCHAR,
  name_ar VARCHAR,
  named_by VARCHAR NOT NULL,
  named_at TIMESTAMP NOT NULL
);
