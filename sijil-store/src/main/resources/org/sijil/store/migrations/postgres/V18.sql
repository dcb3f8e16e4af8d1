-- Indexed reads for a person read by id (issue 14): the amendments of that person's records only,
-- by subject, and the records of a list key (K<key> before any link run), which otherwise scan
-- every record. DuckDB (the shared V18.sql) keeps records without an index on id: its scans of one
-- column are fast and an index there would cost memory at every import.
CREATE INDEX record_amendments_subject ON record_amendments (subject);
CREATE INDEX records_id ON records (id);
