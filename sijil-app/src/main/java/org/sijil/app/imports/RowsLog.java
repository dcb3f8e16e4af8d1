package org.sijil.app.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.corrections.ReleaseChangeLog;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.RowsRoot;
import org.sijil.app.integrity.VersionHistory;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * The log side of an import: hashes each row's canonical bytes as it streams in, then, inside the
 * release's transaction, stores the row hashes and appends the {@code release-import} entry, then
 * the {@code correction} and {@code removal} entries of what the release changed against the one
 * before it ({@link ReleaseChangeLog}) in one bulk append, then a {@code record-version} per row
 * that is a new version of its record ({@link RecordVersions}), planned and appended in chunks. Per
 * accepted row it keeps only its number, key and content hash in flat arrays ({@link AcceptedRows})
 * until then.
 */
public final class RowsLog {

  /** Rows planned and appended at a time ({@link #recordVersions}). */
  static final int CHUNK = 20_000;

  private final RowsRoot root = new RowsRoot();
  private final RowLeaves hashes = new RowLeaves();
  private final AcceptedRows accepted = new AcceptedRows();
  private final CanonicalRows.Encoder encoder = new CanonicalRows.Encoder();
  private final java.security.MessageDigest digest = Hashes.newDigest();

  public void accepted(List<String> cells, CasualtyRecord record) {
    add(record.row(), encoder.accepted(cells, record));
    accepted.add(record.row(), record.id(), RecordVersions.contentHash(record));
  }

  public void rejected(RowReject reject) {
    add(reject.row(), encoder.rejected(reject.row(), reject.cells(), reject.reason()));
  }

  private void add(long row, byte[] canonical) {
    byte[] leaf = Hashes.leafHash(digest, canonical);
    root.add(leaf);
    hashes.add(row, leaf);
  }

  /** Stores the row hashes and logs the import (call inside the release's transaction). */
  public void log(Register register, Release stored, String fileSha256, String actor) {
    log(register, stored, fileSha256, actor, List.of(), List.of());
  }

  /**
   * Like {@link #log(Register, Release, String, String)}, first appending {@code before} (encoded
   * entries, each about the subject at the same position) in the same bulk append (field intake's
   * {@code submission} entries, which precede their release's entry).
   */
  public void log(
      Register register,
      Release stored,
      String fileSha256,
      String actor,
      List<byte[]> before,
      List<String> beforeSubjects) {
    register.integrity().saveRowHashes(stored.id(), hashes.asList());
    LogEntry entry =
        new LogEntry.ReleaseImport(
            RegisterLog.now(),
            actor,
            stored.source() + "/" + stored.label(),
            fileSha256,
            Hashes.hex(root.root()),
            stored.rowsRead(),
            stored.rowsImported(),
            stored.rowsRejected());
    ReleaseChangeLog.Entries changes =
        ReleaseChangeLog.of(register, stored, this::rowHash, actor, entry.time());
    List<byte[]> entries = new ArrayList<>(before.size() + 1 + changes.entries().size());
    List<String> subjects = new ArrayList<>(before.size() + 1 + changes.entries().size());
    entries.addAll(before);
    subjects.addAll(beforeSubjects);
    entries.add(entry.encode());
    subjects.add(RegisterLog.release(stored.id()));
    changes.entries().forEach(e -> entries.add(e.encode()));
    subjects.addAll(changes.subjects());
    RegisterLog log = new RegisterLog(register);
    log.appendEncoded(entries, subjects);
    recordVersions(log, stored, changes.history(), actor, entry.time());
  }

  /**
   * Plans and appends the {@code record-version} entries in chunks of {@value #CHUNK} rows, so an
   * import holds one chunk's entries at a time.
   */
  private void recordVersions(
      RegisterLog log, Release stored, VersionHistory history, String actor, Instant at) {
    java.util.Set<String> repeated = accepted.repeatedKeys();
    for (int from = 0; from < accepted.size(); from += CHUNK) {
      int to = Math.min(accepted.size(), from + CHUNK);
      List<RecordVersions.Row> rows = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        long row = accepted.row(i);
        rows.add(new RecordVersions.Row(row, accepted.key(i), rowHash(row), accepted.content(i)));
      }
      List<RecordVersions.Planned> planned =
          RecordVersions.plan(stored, rows, history, repeated, actor, at);
      List<byte[]> entries = new ArrayList<>(planned.size());
      List<String> subjects = new ArrayList<>(planned.size());
      for (RecordVersions.Planned p : planned) {
        entries.add(p.entry().encode());
        subjects.add(p.subject());
      }
      log.appendEncoded(entries, subjects);
    }
  }

  /** The leaf hash of data row {@code row} (rows are added in ascending order). */
  private byte[] rowHash(long row) {
    return hashes.of(row);
  }
}
