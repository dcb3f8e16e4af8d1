package org.sijil.app.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.FieldChange;
import org.sijil.core.diff.KeyMatch;
import org.sijil.core.diff.KeyReuse;
import org.sijil.core.diff.RecordChange;
import org.sijil.core.diff.ReleaseDiff;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * The record-level log entries of a new release: what it changed or dropped against the release of
 * its source right before it, by row key ({@link ReleaseDiff}, the same comparison as {@code sijil
 * diff} and the diff pages).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A key listed once in both releases whose parsed record changed ({@link RecordVersions})
 *       gets a {@code record-version}: the release, the new row ({@code RELEASE_ID:ROW}), the
 *       version (one more than the key's highest logged {@code record-version} or {@code
 *       correction} version; the first listing is version 1 and has no entry) and the SHA-256 of
 *       the record's {@code sijil-record/v1} bytes. In the new release's row order.
 *   <li>A key in both releases whose meaning changed ({@link DiffResult#changed()}) or that now
 *       names someone else ({@link DiffResult#keyReused()}) gets a {@code correction}: the record
 *       is the new row ({@code RELEASE_ID:ROW}), its {@code record-sha256} the row's leaf hash in
 *       the release's rows root, the version the same release's {@code record-version} of the key
 *       made (it says why that version was made; one more than the highest when there is none), the
 *       reason {@code release SOURCE/LABEL changed FIELD, FIELD} (field names only: the log is
 *       public and append-only, so values that may later be withdrawn stay out of it).
 *   <li>A key of the earlier release missing from the new one gets a {@code removal} of the earlier
 *       row, reason {@code not in release SOURCE/LABEL}.
 *   <li>Reformatting, keys repeated within a release and rows without a key are not entries (the
 *       diff leaves them out; the raw rows are under the release's rows root anyway).
 *   <li>An entry the key's history already ends with (a correction to the same row hash, the
 *       removal of the same record, a record version of the same release with the same hash) is not
 *       written again, so replacing a release with the same rows adds nothing.
 *   <li>Subjects are {@link RecordSubjects#keyed}; record versions first, then corrections, then
 *       removals, the last two in the earlier release's row order.
 * </ul>
 */
public final class ReleaseChangeLog {

  /** Entries to append, each with its subject at the same position. */
  public record Entries(List<LogEntry> entries, List<String> subjects) {
    public Entries {
      entries = List.copyOf(entries);
      subjects = List.copyOf(subjects);
    }
  }

  private ReleaseChangeLog() {}

  /**
   * The entries for {@code stored} (call inside its transaction, where its rows are readable).
   *
   * @param rowHash the leaf hash of a row of {@code stored} by its 1-based row
   */
  public static Entries of(
      Register register, Release stored, LongFunction<byte[]> rowHash, String actor, Instant at) {
    Release previous = previous(register, stored);
    if (previous == null) {
      return new Entries(List.of(), List.of());
    }
    List<CasualtyRecord> before = register.records().list(previous.id());
    List<CasualtyRecord> after = register.records().list(stored.id());
    // One key match feeds both the diff and the record versions.
    KeyMatch match = KeyMatch.of(before, after, CanonicalField.ID);
    DiffResult diff =
        ReleaseDiff.compare(
            new ReleaseDiff.Side(before, previous.mapping()),
            new ReleaseDiff.Side(after, stored.mapping()),
            match);
    History history = History.read(register, stored.source());
    List<LogEntry> entries = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    String release = RecordVersionPlanner.releaseName(stored);
    RecordVersionPlanner versions =
        new RecordVersionPlanner(stored.source(), history, actor, at, entries, subjects);
    Map<String, Long> madeHere = new HashMap<>();
    for (RecordVersions.Changed v : RecordVersions.changed(match)) {
      String subject = versions.subject(v);
      // The same release again with the same record (a release replaced by the same rows).
      LogEntry.RecordVersion prior = history.lastVersion(subject);
      if (prior != null
          && prior.release().equals(release)
          && prior.recordSha256().equals(v.recordSha256())) {
        continue;
      }
      madeHere.put(subject, versions.add(stored, v).version());
    }
    for (Change c : changes(diff, release)) {
      String subject = RecordSubjects.keyed(stored.source(), c.key());
      String record = stored.id() + ":" + c.row();
      String sha = Hashes.hex(rowHash.apply(c.row()));
      // The same row again (a release replaced by the same rows gets a new id, not a new hash).
      if (history.last(subject) instanceof LogEntry.Correction prior
          && prior.recordSha256().equals(sha)) {
        continue;
      }
      // The correction says why the release made its version: it carries that version's number.
      Long version = madeHere.get(subject);
      long v = version != null ? version : history.nextVersion(subject);
      entries.add(new LogEntry.Correction(at, actor, record, v, sha, c.reason()));
      subjects.add(subject);
    }
    for (Map<String, String> gone : diff.removed()) {
      String subject = RecordSubjects.keyed(stored.source(), gone.get(CanonicalField.ID.key()));
      String record = previous.id() + ":" + gone.get("row");
      if (history.last(subject) instanceof LogEntry.Removal prior
          && prior.record().equals(record)) {
        continue;
      }
      entries.add(new LogEntry.Removal(at, actor, record, "not in release " + release));
      subjects.add(subject);
    }
    return new Entries(entries, subjects);
  }

  /** A key whose record the new release changed: its new row and why. */
  private record Change(String key, long row, long rowBefore, String reason) {}

  private static List<Change> changes(DiffResult diff, String release) {
    List<Change> out = new ArrayList<>();
    for (RecordChange c : diff.changed()) {
      List<String> fields = c.changed().stream().map(FieldChange::field).toList();
      out.add(
          new Change(
              c.key(),
              c.rowAfter(),
              c.rowBefore(),
              "release " + release + " changed " + String.join(", ", fields)));
    }
    for (KeyReuse k : diff.keyReused()) {
      out.add(
          new Change(
              k.key(),
              Long.parseLong(k.after().get("row")),
              Long.parseLong(k.before().get("row")),
              "release " + release + " gives this key to a different name"));
    }
    out.sort(java.util.Comparator.comparingLong(Change::rowBefore));
    return out;
  }

  /**
   * The release of the same source right before {@code stored} in the register's order (as-of date,
   * then import time); null for the source's first release.
   */
  static Release previous(Register register, Release stored) {
    Release before = null;
    for (Release r : register.releases().list()) {
      if (r.id() == stored.id()) {
        return before;
      }
      if (r.source().equals(stored.source())) {
        before = r;
      }
    }
    return before;
  }
}
