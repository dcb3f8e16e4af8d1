package org.sijil.app.imports;

import java.util.ArrayList;
import java.util.List;
import org.sijil.app.integrity.CanonicalRows;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.RowsRoot;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * The log side of an import: hashes each row's canonical bytes as it streams in, then, inside the
 * release's transaction, stores the row hashes and appends the {@code release-import} entry.
 */
public final class RowsLog {

  private final RowsRoot root = new RowsRoot();
  private final List<IntegrityLog.RowHash> hashes = new ArrayList<>();

  public void accepted(List<String> cells, CasualtyRecord record) {
    add(record.row(), CanonicalRows.accepted(cells, record));
  }

  public void rejected(RowReject reject) {
    add(reject.row(), CanonicalRows.rejected(reject.row(), reject.cells(), reject.reason()));
  }

  private void add(long row, byte[] canonical) {
    byte[] leaf = Hashes.leafHash(canonical);
    root.add(leaf);
    hashes.add(new IntegrityLog.RowHash(row, leaf));
  }

  /** Stores the row hashes and logs the import (call inside the release's transaction). */
  public void log(Register register, Release stored, String fileSha256, String actor) {
    register.integrity().saveRowHashes(stored.id(), hashes);
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
    new RegisterLog(register).append(entry, RegisterLog.release(stored.id()));
  }
}
