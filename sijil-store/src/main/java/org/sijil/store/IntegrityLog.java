package org.sijil.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sijil.core.integrity.HashStore;

/**
 * The register's transparency log, stored (migration 5): entry bytes by index, the Merkle tree's
 * hashes (as a {@link HashStore}), signed checkpoints and published snapshots. Persistence only:
 * the application layer decides what is logged and signs; this keeps bytes exactly.
 */
public interface IntegrityLog {

  /**
   * A stored entry: its index in the log, its canonical bytes and what it is about (may be null).
   */
  record Entry(long index, byte[] bytes, String subject) {}

  /** A signed checkpoint as issued: the tree size it covers and its signed-note text. */
  record StoredCheckpoint(long id, long treeSize, String note, Instant createdAt) {}

  /**
   * A published snapshot.
   *
   * @param entryIndex the log entry recording it
   * @param checkpointId the checkpoint signed right after it
   * @param personsRoot the Merkle root (hex) of its person records
   */
  record Snapshot(
      long id,
      long entryIndex,
      long checkpointId,
      String personsRoot,
      long persons,
      String createdBy,
      Instant createdAt) {}

  /**
   * A person of a snapshot: its position (leaf index under the persons root) and canonical bytes.
   */
  record SnapshotPerson(long position, long personId, byte[] record) {}

  /** The leaf hash of one row of a release (see {@code docs/integrity.md} for its bytes). */
  record RowHash(long row, byte[] hash) {}

  /** Stores the row hashes of a release in row order, replacing any it had. */
  void saveRowHashes(long releaseId, List<RowHash> hashes);

  /** The stored row hashes of a release in row order. */
  List<RowHash> rowHashes(long releaseId);

  /** The tree's hashes; appends join the register's current transaction. */
  HashStore hashes();

  /**
   * How many entries are stored: entries are stored at indexes 0..n-1 with none missing ({@link
   * #appendEntries} takes only the next index), so this is read as the highest index + 1, at a cost
   * that does not grow with the log (a running server reads it at every look for changes).
   */
  long entryCount();

  /**
   * Stores entries at indexes {@code first}, {@code first + 1}...; {@code first} must be {@link
   * #entryCount()}.
   */
  void appendEntries(long first, List<byte[]> entries, List<String> subjects);

  /** The entry at {@code index}, if stored. */
  Optional<Entry> entry(long index);

  /** Entries with {@code from <= index < to}, ascending. */
  List<Entry> entries(long from, long to);

  /** Every entry about {@code subject}, in log order (a person's or a record's history). */
  List<Entry> about(String subject);

  /**
   * Every entry about any of {@code subjects}, in log order, each once (a person and all its
   * records' subjects in one read).
   */
  List<Entry> about(Collection<String> subjects);

  /** Every entry whose subject starts with {@code prefix}, in log order. */
  List<Entry> aboutPrefix(String prefix);

  /** The latest entry about {@code subject}, if any. */
  Optional<Entry> latest(String subject);

  /** Stores a signed checkpoint; returns its id. */
  long saveCheckpoint(long treeSize, String note, Instant at);

  /** The latest checkpoint, if any was signed. */
  Optional<StoredCheckpoint> latestCheckpoint();

  /** Every checkpoint, oldest first. */
  List<StoredCheckpoint> checkpoints();

  /** Stores a snapshot with its persons in their published order; returns its id. */
  long saveSnapshot(Snapshot snapshot, List<SnapshotPerson> persons);

  /** The latest published snapshot, if any. */
  Optional<Snapshot> latestSnapshot();

  /** The snapshot with that id, if any (older snapshots stay addressable). */
  Optional<Snapshot> snapshot(long id);

  /** A person's entry in a snapshot, if the snapshot holds them. */
  Optional<SnapshotPerson> snapshotPerson(long snapshotId, long personId);

  /** Every person of a snapshot in position order. */
  List<SnapshotPerson> snapshotPersons(long snapshotId);
}
