package org.sijil.app.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * The {@code verify --db} check of {@code record-version} entries against the stored rows. The log
 * is read in order, keeping each record subject's history ({@link VersionHistory}); at each stored
 * release's {@code release-import} entry, the rows that must be new versions are recomputed from
 * the release's stored rows by the import's own rule ({@link RecordVersions#plan}), and each {@code
 * record-version} entry naming a row of that release must be exactly the planned one.
 *
 * <p>Reported: an entry whose row is not a new version (or is logged twice), whose fields differ
 * from the recomputed ones (a stored row changed after import makes its hashes differ), or that
 * names no stored row; a stored row that is a new version but that no entry logs; a release none of
 * whose rows has an entry (imported before record versions were logged) once, not row by row.
 * Entries about releases no longer stored (replaced) only feed the history.
 */
final class RecordVersionCheck {

  private static final Instant ANY = Instant.EPOCH;

  private final Register register;
  private final Map<Long, Release> stored = new HashMap<>();
  private final VersionHistory history = new VersionHistory();
  private final Map<Long, Expected> pending = new TreeMap<>();

  /** A release's planned entries by row, and how many entries named it. */
  private static final class Expected {
    final Release release;
    final long entryIndex;
    final Map<Long, RecordVersions.Planned> rows = new TreeMap<>();
    long logged;

    Expected(Release release, long entryIndex) {
      this.release = release;
      this.entryIndex = entryIndex;
    }

    String where() {
      return "release "
          + release.id()
          + " ("
          + release.source()
          + "/"
          + release.label()
          + "), entry "
          + entryIndex;
    }
  }

  RecordVersionCheck(Register register) {
    this.register = register;
    register.releases().list().forEach(r -> stored.put(r.id(), r));
  }

  /** Checks every record-version entry of {@code entries} (the whole log, in order). */
  void check(List<IntegrityLog.Entry> entries, List<VerifyRegister.Problem> problems) {
    for (IntegrityLog.Entry e : entries) {
      LogEntry entry = decodeOrNull(e);
      if (entry instanceof LogEntry.ReleaseImport && e.subject() != null) {
        plan(e, problems);
      } else if (entry instanceof LogEntry.RecordVersion v) {
        logged(e, v, problems);
      } else if (entry != null
          && e.subject() != null
          && e.subject().startsWith(RecordSubjects.PREFIX)) {
        history.apply(e.subject(), entry);
      }
    }
    for (Expected x : pending.values()) {
      if (x.logged == 0 && !x.rows.isEmpty()) {
        problems.add(
            new VerifyRegister.Problem(
                x.where(),
                x.rows.size()
                    + " of its rows are new versions of their records but no record-version entry"
                    + " logs any of them"));
        continue;
      }
      x.rows.forEach(
          (row, p) ->
              problems.add(
                  new VerifyRegister.Problem(
                      x.where() + ", row " + row,
                      "is a new version of "
                          + p.subject()
                          + " but no record-version entry logs it")));
    }
  }

  private void plan(IntegrityLog.Entry e, List<VerifyRegister.Problem> problems) {
    if (!e.subject().startsWith(RegisterLog.RELEASE)) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(e.subject().substring(RegisterLog.RELEASE.length()));
    } catch (NumberFormatException notAnId) {
      return;
    }
    Release r = stored.get(id);
    if (r == null || pending.containsKey(id)) {
      return;
    }
    Expected x = new Expected(r, e.index());
    for (RecordVersions.Planned p : RecordVersions.plan(r, rows(r), history, null, "verify", ANY)) {
      x.rows.put(Linkage.RecordKey.parse(p.entry().record()).row(), p);
    }
    pending.put(id, x);
  }

  private List<RecordVersions.Row> rows(Release r) {
    List<RecordVersions.Row> rows = new ArrayList<>();
    register
        .records()
        .forEach(
            r.id(),
            rec -> {
              byte[] canonical = CanonicalRows.accepted(new ArrayList<>(rec.raw().values()), rec);
              rows.add(
                  new RecordVersions.Row(
                      rec.row(),
                      rec.id(),
                      Hashes.leafHash(canonical),
                      RecordVersions.contentHash(rec)));
            });
    rows.sort(java.util.Comparator.comparingLong(RecordVersions.Row::row));
    return rows;
  }

  private void logged(
      IntegrityLog.Entry e, LogEntry.RecordVersion v, List<VerifyRegister.Problem> problems) {
    String where = "entry " + e.index() + " (record-version " + v.record() + ")";
    if (e.subject() != null) {
      history.apply(e.subject(), v);
    }
    Linkage.RecordKey key;
    try {
      key = Linkage.RecordKey.parse(v.record());
    } catch (RuntimeException bad) {
      problems.add(new VerifyRegister.Problem(where, "does not name a record RELEASE_ID:ROW"));
      return;
    }
    Expected x = pending.get(key.releaseId());
    if (x == null) {
      if (stored.containsKey(key.releaseId())) {
        problems.add(
            new VerifyRegister.Problem(
                where + ", release " + key.releaseId(),
                "comes before its release's release-import entry"));
      }
      return;
    }
    x.logged++;
    where = where + ", " + x.where().replaceFirst(", entry \\d+$", "") + ", row " + key.row();
    RecordVersions.Planned p = x.rows.remove(key.row());
    if (p == null) {
      problems.add(
          new VerifyRegister.Problem(
              where,
              "the stored row is not a new version of its record (or is logged twice, or is not"
                  + " stored)"));
      return;
    }
    List<String> differ = differences(p, e.subject(), v);
    if (!differ.isEmpty()) {
      problems.add(
          new VerifyRegister.Problem(
              where,
              "logs "
                  + String.join(", ", differ)
                  + " other than the stored row gives (the row or the entry was changed)"));
    }
  }

  private static List<String> differences(
      RecordVersions.Planned p, String subject, LogEntry.RecordVersion v) {
    LogEntry.RecordVersion want = p.entry();
    List<String> out = new ArrayList<>();
    if (!p.subject().equals(subject)) {
      out.add("subject");
    }
    if (!want.release().equals(v.release())) {
      out.add("release");
    }
    if (!want.key().equals(v.key())) {
      out.add("key");
    }
    if (want.version() != v.version()) {
      out.add("version");
    }
    if (!want.recordSha256().equals(v.recordSha256())) {
      out.add("record-sha256");
    }
    if (!want.contentSha256().equals(v.contentSha256())) {
      out.add("content-sha256");
    }
    if (!want.previousSha256().equals(v.previousSha256())) {
      out.add("previous-sha256");
    }
    return out;
  }

  private static LogEntry decodeOrNull(IntegrityLog.Entry e) {
    try {
      return EntryCodec.decode(e.bytes());
    } catch (RuntimeException bad) {
      return null;
    }
  }
}
