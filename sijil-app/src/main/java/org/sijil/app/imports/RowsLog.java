package org.sijil.app.imports;

import java.util.ArrayList;
import java.util.List;
import org.sijil.app.corrections.ReleaseChangeLog;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.RowsRoot;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.ingest.ReadRow;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseWriter;

/**
 * The log side of an import: hashes each row's canonical bytes as it streams in (storing each hash
 * with the release's rows when given the release's writer, {@link #storeWith}), then, inside the
 * release's transaction, stores the row hashes not yet stored and appends the {@code
 * release-import} entry, then the {@code record-version}, {@code correction} and {@code removal}
 * entries of what the release changed against the one before it ({@link ReleaseChangeLog}), in one
 * bulk append.
 */
public final class RowsLog {

  private final CanonicalRows canonical = new CanonicalRows();
  private final RowsRoot root = new RowsRoot();
  private final PackedRowHashes hashes = new PackedRowHashes();

  /** Where each row hash is stored as it comes, or null: all are stored at {@link #log}. */
  private ReleaseWriter streamed;

  /**
   * Stores each row hash added from now on with the release's rows ({@link ReleaseWriter#rowHash}),
   * so that {@link #log} has none left to store: a million of them at commit were a serial tail
   * after the last row. Call before the first row.
   */
  void storeWith(ReleaseWriter out) {
    if (!hashes.isEmpty()) {
      throw new IllegalStateException("row hashes were added before storeWith");
    }
    streamed = out;
  }

  public void accepted(List<String> cells, CasualtyRecord record) {
    add(record.row(), canonical.acceptedLeaf(cells, record));
  }

  public void rejected(RowReject reject) {
    add(reject.row(), canonical.rejectedLeaf(reject.row(), reject.cells(), reject.reason()));
  }

  /**
   * The leaf hash of a read row's canonical bytes, as {@link #accepted} or {@link #rejected} would
   * compute it (for a reader thread hashing rows ahead, with its own {@code canonical}).
   */
  static byte[] leaf(CanonicalRows canonical, ReadRow row) {
    if (row.isRejected()) {
      RowReject r = row.reject();
      return canonical.rejectedLeaf(r.row(), r.cells(), r.reason());
    }
    return canonical.acceptedLeaf(row.cells(), row.record());
  }

  /** Adds a row whose leaf hash was computed ahead ({@link #leaf}); rows in ascending order. */
  void hashed(long row, byte[] leaf) {
    add(row, leaf);
  }

  private void add(long row, byte[] leaf) {
    root.add(leaf);
    hashes.add(row, leaf);
    if (streamed != null) {
      streamed.rowHash(row, leaf);
    }
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
    if (streamed == null) {
      register.integrity().saveRowHashes(stored.id(), hashes);
    }
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
    new RegisterLog(register).appendEncoded(entries, subjects);
  }

  /** The leaf hash of data row {@code row} (rows are added in ascending order). */
  private byte[] rowHash(long row) {
    return hashes.hashOf(row);
  }
}
