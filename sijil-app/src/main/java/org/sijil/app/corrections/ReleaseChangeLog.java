package org.sijil.app.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.FieldChange;
import org.sijil.core.diff.KeyReuse;
import org.sijil.core.diff.RecordChange;
import org.sijil.core.diff.ReleaseDiff;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CanonicalField;
import org.sijil.store.IntegrityLog;
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
 *   <li>A key in both releases whose meaning changed ({@link DiffResult#changed()}) or that now
 *       names someone else ({@link DiffResult#keyReused()}) gets a {@code correction}: the record
 *       is the new row ({@code RELEASE_ID:ROW}), its {@code record-sha256} the row's leaf hash in
 *       the release's rows root, the version one more than the key's last logged version (the first
 *       listing is version 1), the reason {@code release SOURCE/LABEL changed FIELD, FIELD} (field
 *       names only: the log is public and append-only, so values that may later be withdrawn stay
 *       out of it).
 *   <li>A key of the earlier release missing from the new one gets a {@code removal} of the earlier
 *       row, reason {@code not in release SOURCE/LABEL}.
 *   <li>Reformatting, keys repeated within a release and rows without a key are not entries (the
 *       diff leaves them out; the raw rows are under the release's rows root anyway).
 *   <li>An entry the key's history already ends with (a correction to the same row hash, or the
 *       removal of the same record) is not written again, so replacing a release with the same rows
 *       adds nothing.
 *   <li>Subjects are {@link RecordSubjects#keyed}; corrections first, then removals, each in the
 *       earlier release's row order.
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
    DiffResult diff =
        ReleaseDiff.compare(
            new ReleaseDiff.Side(register.records().list(previous.id()), previous.mapping()),
            new ReleaseDiff.Side(register.records().list(stored.id()), stored.mapping()),
            CanonicalField.ID);
    Map<String, LogEntry> last = new HashMap<>();
    Map<String, Long> versions = new HashMap<>();
    for (IntegrityLog.Entry e :
        register.integrity().aboutPrefix(RecordSubjects.sourcePrefix(stored.source()))) {
      LogEntry entry = EntryCodec.decode(e.bytes());
      last.put(e.subject(), entry);
      if (entry instanceof LogEntry.Correction c) {
        versions.merge(e.subject(), c.version(), Math::max);
      }
    }
    List<LogEntry> entries = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    String release = stored.source() + "/" + stored.label();
    for (Change c : changes(diff, release)) {
      String subject = RecordSubjects.keyed(stored.source(), c.key());
      String record = stored.id() + ":" + c.row();
      String sha = Hashes.hex(rowHash.apply(c.row()));
      // The same row again (a release replaced by the same rows gets a new id, not a new hash).
      if (last.get(subject) instanceof LogEntry.Correction prior
          && prior.recordSha256().equals(sha)) {
        continue;
      }
      long version = versions.getOrDefault(subject, 1L) + 1;
      entries.add(new LogEntry.Correction(at, actor, record, version, sha, c.reason()));
      subjects.add(subject);
    }
    for (Map<String, String> gone : diff.removed()) {
      String subject = RecordSubjects.keyed(stored.source(), gone.get(CanonicalField.ID.key()));
      String record = previous.id() + ":" + gone.get("row");
      if (last.get(subject) instanceof LogEntry.Removal prior && prior.record().equals(record)) {
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
