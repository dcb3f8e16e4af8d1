-- On PostgreSQL the index on records.id becomes a hash index (issue 13 item 7, import speed).
-- A release's ids arrive in no order, and keeping a B-tree of them cost about as much server CPU
-- as storing the records themselves during an import; a hash index costs a fraction of that. It
-- serves the only reads by id there are (equality: K<key> before any link run); nothing stored
-- changes.
DROP INDEX records_id;
CREATE INDEX records_id ON records USING hash (id);
