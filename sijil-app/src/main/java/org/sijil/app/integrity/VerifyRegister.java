package org.sijil.app.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sijil.core.integrity.Checkpoint;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.HashStore;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.MemoryHashStore;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.StoredHashes;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.core.record.RowReject;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: verify a whole register from its stored rows, with the log's public key alone. It
 * recomputes every hash: each entry's leaf, every stored tree hash, each checkpoint's signature and
 * root, and for every release the canonical bytes of every stored row against the row hashes and
 * the rows root its {@code release-import} entry logged (and the file digest and counts), and every
 * field submission's status against its {@code submission-status} entries ({@link
 * SubmissionStatuses}). Nothing is trusted that is not recomputed; every mismatch is reported,
 * naming the entry, release and row.
 */
public final class VerifyRegister {

  /** One failed check: where (entry, checkpoint, release and row) and what. */
  public record Problem(String where, String what) {
    @Override
    public String toString() {
      return where + ": " + what;
    }
  }

  /**
   * What was checked and what failed; {@link #ok()} when nothing did.
   *
   * @param recordVersions the {@code record-version} entries checked against the recomputed changes
   * @param recordVersionProblems how many of {@code problems} that check found
   */
  public record Report(
      long entries,
      long checkpoints,
      long releases,
      long rows,
      long recordVersions,
      long recordVersionProblems,
      List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final Register register;

  public VerifyRegister(Register register) {
    this.register = register;
  }

  /** Verifies everything stored against {@code logKey}. */
  public Report run(NoteVerifier logKey) {
    List<Problem> problems = new ArrayList<>();
    IntegrityLog store = register.integrity();
    List<IntegrityLog.Entry> entries = store.entries(0, Long.MAX_VALUE);
    TransparencyLog recomputed = TransparencyLog.open(new MemoryHashStore());
    recomputed.appendAll(entries.stream().map(IntegrityLog.Entry::bytes).toList());
    checkTree(entries, recomputed, problems);
    List<IntegrityLog.StoredCheckpoint> checkpoints = store.checkpoints();
    KeySchedule keys = KeySchedule.of(logKey, entries, problems);
    checkpoints.forEach(c -> checkCheckpoint(c, recomputed, keys.keyFor(c.treeSize()), problems));
    checkHandovers(keys, checkpoints, problems);
    long rows = 0;
    List<Release> releases = register.releases().list();
    for (Release r : releases) {
      rows += checkRelease(r, problems);
    }
    int before = problems.size();
    long versions = RecordVersionCheck.check(register, entries, problems);
    int versionProblems = problems.size() - before;
    checkSnapshots(entries, problems);
    SubmissionStatuses.check(register, entries, problems);
    return new Report(
        entries.size(),
        checkpoints.size(),
        releases.size(),
        rows,
        versions,
        versionProblems,
        problems);
  }

  /** Each rotation must have its handover checkpoint: size index + 1, signed by the old key. */
  private static void checkHandovers(
      KeySchedule keys, List<IntegrityLog.StoredCheckpoint> checkpoints, List<Problem> problems) {
    for (KeySchedule.Rotation r : keys.rotations()) {
      if (checkpoints.stream().noneMatch(c -> c.treeSize() == r.index() + 1)) {
        problems.add(
            new Problem(
                "entry " + r.index() + " (key-change)",
                "no checkpoint signed by the retired key covers this rotation"));
      }
    }
  }

  /** Each stored snapshot's persons must make the persons root its log entry logged. */
  private void checkSnapshots(List<IntegrityLog.Entry> entries, List<Problem> problems) {
    IntegrityLog store = register.integrity();
    Optional<IntegrityLog.Snapshot> latest = store.latestSnapshot();
    long last = latest.map(IntegrityLog.Snapshot::id).orElse(0L);
    for (long id = 1; id <= last; id++) {
      Optional<IntegrityLog.Snapshot> s = store.snapshot(id);
      if (s.isEmpty()) {
        continue;
      }
      String where = "snapshot " + id + ", entry " + s.get().entryIndex();
      LogEntry logged =
          s.get().entryIndex() < entries.size()
              ? decodeOrNull(entries.get((int) s.get().entryIndex()))
              : null;
      if (!(logged instanceof LogEntry.Snapshot snapshot)) {
        problems.add(new Problem(where, "its log entry is not a snapshot entry"));
        continue;
      }
      RowsRoot root = new RowsRoot();
      for (IntegrityLog.SnapshotPerson p : store.snapshotPersons(id)) {
        root.add(Hashes.leafHash(p.record()));
      }
      if (!Hashes.hex(root.root()).equals(snapshot.personsRoot())
          || root.count() != snapshot.persons()) {
        problems.add(
            new Problem(where, "its stored person records do not make the logged persons root"));
      }
    }
  }

  private static LogEntry decodeOrNull(IntegrityLog.Entry e) {
    try {
      return EntryCodec.decode(e.bytes());
    } catch (RuntimeException bad) {
      return null;
    }
  }

  private void checkTree(
      List<IntegrityLog.Entry> entries, TransparencyLog recomputed, List<Problem> problems) {
    MemoryHashStore expected = new MemoryHashStore();
    TransparencyLog.open(expected)
        .appendAll(entries.stream().map(IntegrityLog.Entry::bytes).toList());
    var stored = register.integrity().hashes();
    if (stored.size() != expected.size()) {
      problems.add(
          new Problem(
              "log",
              "stores "
                  + stored.size()
                  + " tree hashes; its "
                  + entries.size()
                  + " entries make "
                  + expected.size()));
    }
    for (IntegrityLog.Entry e : entries) {
      try {
        EntryCodec.decode(e.bytes());
      } catch (RuntimeException bad) {
        problems.add(
            new Problem(
                "entry " + e.index() + describe(e),
                "is not a canonical log entry: " + bad.getMessage()));
      }
    }
    try {
      compareHashes(entries, stored, expected, problems);
    } catch (RuntimeException unreadable) {
      problems.add(
          new Problem("log", "its stored tree hashes cannot be read: " + unreadable.getMessage()));
    }
  }

  private static void compareHashes(
      List<IntegrityLog.Entry> entries,
      HashStore stored,
      MemoryHashStore expected,
      List<Problem> problems) {
    boolean sameSize = stored.size() == expected.size();
    HashCursor storedHashes = new HashCursor(stored);
    for (IntegrityLog.Entry e : entries) {
      String where = "entry " + e.index() + describe(e);
      if (sameSize
          && !MessageDigest.isEqual(
              Hashes.leafHash(e.bytes()), storedHashes.at(StoredHashes.position(0, e.index())))) {
        problems.add(new Problem(where, "its stored bytes do not hash to its stored leaf hash"));
      }
    }
    long n = Math.min(stored.size(), expected.size());
    HashCursor all = new HashCursor(stored);
    for (long p = 0; p < n; p++) {
      if (!MessageDigest.isEqual(all.at(p), expected.read(p))) {
        problems.add(
            new Problem(
                "log", "stored tree hash " + p + " is not the hash recomputed from the entries"));
      }
    }
  }

  /**
   * Reads a store's hashes at rising positions in blocks of {@link HashStore#MAX_RANGE}, one range
   * read per block (a table store answers each with one query, not one per hash).
   */
  private static final class HashCursor {
    private final HashStore store;
    private final long size;
    private long blockStart = -1;
    private byte[] block = new byte[0];

    HashCursor(HashStore store) {
      this.store = store;
      this.size = store.size();
    }

    byte[] at(long position) {
      long offset = position - blockStart;
      if (blockStart < 0 || offset < 0 || offset >= block.length / Hashes.SIZE) {
        blockStart = position;
        block = store.readRange(position, (int) Math.min(HashStore.MAX_RANGE, size - position));
        offset = 0;
      }
      int from = (int) offset * Hashes.SIZE;
      return Arrays.copyOfRange(block, from, from + Hashes.SIZE);
    }
  }

  private static String describe(IntegrityLog.Entry e) {
    String type;
    try {
      type = EntryCodec.decode(e.bytes()).type();
    } catch (RuntimeException bad) {
      type = "undecodable";
    }
    return " (" + type + (e.subject() == null ? "" : ", " + e.subject()) + ")";
  }

  private static void checkCheckpoint(
      IntegrityLog.StoredCheckpoint c,
      TransparencyLog recomputed,
      NoteVerifier key,
      List<Problem> problems) {
    String where = "checkpoint " + c.id() + " (size " + c.treeSize() + ")";
    Checkpoint cp;
    try {
      cp = Checkpoint.verified(SignedNote.parse(c.note()), key);
    } catch (RuntimeException bad) {
      problems.add(
          new Problem(where, "does not verify with key " + key.name() + ": " + bad.getMessage()));
      return;
    }
    if (cp.size() != c.treeSize() || cp.size() > recomputed.size()) {
      problems.add(
          new Problem(
              where,
              "signs size " + cp.size() + " but the log has " + recomputed.size() + " entries"));
    } else if (!MessageDigest.isEqual(cp.rootHash(), recomputed.root(cp.size()))) {
      problems.add(new Problem(where, "signs a root that is not the root of the stored entries"));
    }
  }

  /** Checks one release's rows against its logged import; returns the rows checked. */
  private long checkRelease(Release r, List<Problem> problems) {
    String where = "release " + r.id() + " (" + r.source() + "/" + r.label() + ")";
    var logged = register.integrity().latest(RegisterLog.release(r.id()));
    if (logged.isEmpty()) {
      problems.add(new Problem(where, "has no release-import entry in the log"));
      return 0;
    }
    String entryWhere = where + ", entry " + logged.get().index();
    LogEntry.ReleaseImport entry;
    try {
      entry = (LogEntry.ReleaseImport) EntryCodec.decode(logged.get().bytes());
    } catch (RuntimeException bad) {
      problems.add(new Problem(entryWhere, "is not a release-import entry"));
      return 0;
    }
    if (!entry.fileSha256().equals(r.sha256())
        || entry.rows() != r.rowsRead()
        || entry.accepted() != r.rowsImported()
        || entry.rejected() != r.rowsRejected()
        || !entry.release().equals(r.source() + "/" + r.label())) {
      problems.add(
          new Problem(
              entryWhere, "the stored release (file, name or counts) is not the one logged"));
    }
    Map<Long, byte[]> actual = recomputeRows(r.id());
    Map<Long, byte[]> stored = new TreeMap<>();
    RowsRoot storedRoot = new RowsRoot();
    for (IntegrityLog.RowHash h : register.integrity().rowHashes(r.id())) {
      stored.put(h.row(), h.hash());
      storedRoot.add(h.hash());
    }
    if (!Hashes.hex(storedRoot.root()).equals(entry.rowsRoot())) {
      problems.add(
          new Problem(entryWhere, "its stored row hashes do not make the logged rows root"));
    }
    for (Map.Entry<Long, byte[]> row : actual.entrySet()) {
      byte[] h = stored.get(row.getKey());
      if (h == null || !MessageDigest.isEqual(h, row.getValue())) {
        problems.add(
            new Problem(
                entryWhere + ", row " + row.getKey(),
                "the stored row (cells or record) is not the" + " row logged at import"));
      }
    }
    stored.keySet().stream()
        .filter(row -> !actual.containsKey(row))
        .forEach(
            row ->
                problems.add(
                    new Problem(
                        entryWhere + ", row " + row,
                        "was logged at import but is no longer stored")));
    return actual.size();
  }

  private Map<Long, byte[]> recomputeRows(long releaseId) {
    Map<Long, byte[]> leaves = new TreeMap<>();
    register
        .records()
        .forEach(
            releaseId,
            rec ->
                leaves.put(
                    rec.row(),
                    Hashes.leafHash(
                        CanonicalRows.accepted(new ArrayList<>(rec.raw().values()), rec))));
    for (RowReject j : register.records().rejects(releaseId)) {
      leaves.put(j.row(), Hashes.leafHash(CanonicalRows.rejected(j.row(), j.cells(), j.reason())));
    }
    return leaves;
  }
}
