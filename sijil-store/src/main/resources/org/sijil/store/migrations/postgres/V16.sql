-- Analysts' corrections and removals of stored records (issue 12), applied to the public view when
-- it is built; each one is also a log entry (log_index), whose reason it repeats. subject is the
-- record's log subject (record:SOURCE/KEY, or record:RELEASE_ID:ROW for a row without a key), so an
-- amendment follows the key into later releases of the same list.
-- kind: 'correction' (field, old_value = the value shown when it was made, NULL when none; new_value)
-- or 'removal' (field, old_value, new_value NULL). id: ascending in the order they were made.
CREATE TABLE record_amendments (
  id BIGINT PRIMARY KEY,
  subject VARCHAR NOT NULL,
  release_id BIGINT NOT NULL,
  row_number BIGINT NOT NULL,
  kind VARCHAR NOT NULL,
  field VARCHAR,
  old_value VARCHAR,
  new_value VARCHAR,
  reason VARCHAR NOT NULL,
  log_index BIGINT NOT NULL,
  made_by VARCHAR NOT NULL,
  made_at TIMESTAMP NOT NULL
);
