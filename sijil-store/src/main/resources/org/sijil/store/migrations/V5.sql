-- the transparency log (issue 12): its entries, its Merkle hashes, signed checkpoints and snapshots
-- Every state change appends one entry (canonical bytes, docs/integrity.md) in the same transaction.
-- subject names what the entry is about (e.g. release:3) so a verifier finds the rows it covers.
CREATE TABLE log_entries (
  entry_index BIGINT PRIMARY KEY,
  entry BYTEA NOT NULL,
  subject VARCHAR
);

-- The tree's stored hashes by position (RFC 6962 nodes, order in docs/integrity.md), 32 bytes each.
CREATE TABLE log_hashes (
  position BIGINT PRIMARY KEY,
  hash BYTEA NOT NULL
);

-- Signed checkpoints (C2SP signed-note text) as issued, one per signing.
CREATE TABLE log_checkpoints (
  checkpoint_id INTEGER PRIMARY KEY,
  tree_size BIGINT NOT NULL,
  note VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- Published snapshots of the public view: the persons root, the log entry that records it, and the
-- canonical person records in their published order (one JSON array of base64 strings).
CREATE TABLE log_snapshots (
  snapshot_id INTEGER PRIMARY KEY,
  entry_index BIGINT NOT NULL,
  checkpoint_id INTEGER NOT NULL,
  persons_root VARCHAR NOT NULL,
  persons BIGINT NOT NULL,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- A snapshot's persons: position in the snapshot, the person id and the canonical record bytes.
CREATE TABLE log_snapshot_persons (
  snapshot_id INTEGER NOT NULL,
  position BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  record BYTEA NOT NULL
);

-- The leaf hash of each row of a release (canonical row bytes, docs/integrity.md), whose Merkle root
-- the release's import entry logs: a verifier that finds the root intact names the changed row.
CREATE TABLE log_row_hashes (
  release_id INTEGER NOT NULL,
  row_no BIGINT NOT NULL,
  hash BYTEA NOT NULL
);
