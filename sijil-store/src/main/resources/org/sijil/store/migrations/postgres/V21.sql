-- Records found by list key through key buckets instead of a hash index (issue 13 item 7).
-- The hash index on records.id was the largest single cost of the server during an import
-- (1.3-1.9 CPU s per million rows, one index insertion per row) for the only reads by key there
-- are: K<key> persons before a register's first link run, and the records of an amended key.
-- Instead each release's keys are grouped by a hash into at most 16,384 buckets, one row per
-- release and bucket written once when the release's records are (KeyBuckets in the PostgreSQL
-- store): a bucket is the low 14 bits of the first four bytes of the MD5 of the key's UTF-8 bytes;
-- its entries are "row:length:key" one after another, length in characters. Derived from records:
-- sijil copy and backups leave the table out and the destination rebuilds it as records arrive.
-- The records already stored get their buckets here, then the index goes.
CREATE TABLE record_key_buckets (
  bucket INTEGER NOT NULL,
  release_id INTEGER NOT NULL,
  entries VARCHAR NOT NULL,
  PRIMARY KEY (bucket, release_id)
);
INSERT INTO record_key_buckets (bucket, release_id, entries)
SELECT ('x' || substr(md5(id), 1, 8))::bit(32)::int & 16383, release_id,
       string_agg(row_no || ':' || length(id) || ':' || id, '' ORDER BY row_no)
FROM records WHERE id IS NOT NULL GROUP BY 1, 2;
DROP INDEX records_id;
