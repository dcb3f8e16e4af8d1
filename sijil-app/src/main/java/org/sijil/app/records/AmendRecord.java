package org.sijil.app.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.UserError;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.RecordAmendments;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: an analyst corrects one field of a stored record, or removes the record, with a reason;
 * each is one log entry about the record's subject ({@link RecordSubjects}), so it joins the
 * history a re-released list writes for the same key.
 *
 * <p>Rules: the record is {@code RELEASE_ID:ROW} of a stored (accepted) row; the field is a
 * correctable field and the value reads as one ({@link CorrectedValues}; kept in its canonical
 * text); the reason is stripped and must not be empty. Each amendment is also stored ({@link
 * RecordAmendments}, in the same transaction as its entry) with the value the record showed before,
 * so the published view applies it ({@link PublishedAmendments}) and the person's history keeps the
 * old value. Re-running is safe: a correction already in effect, or a second removal, logs nothing.
 * A correction's version is one more than the subject's last logged version (2 after the first
 * listing); its {@code record-sha256} is the SHA-256 of the correction's canonical text ({@link
 * #correctionSha256}), so whoever holds the corrected value can show it is the one logged while the
 * value itself stays out of the public, append-only log.
 */
public final class AmendRecord {

  /** The first line of a correction's canonical text. */
  public static final String CORRECTION_HEADER = "sijil-record-correction/v1";

  /**
   * What was logged: the entry's index and the entry.
   *
   * @param already true when the same amendment was in effect already and nothing was logged
   *     ({@code index} and {@code entry} are then the earlier one's)
   */
  public record Logged(long index, LogEntry entry, boolean already) {
    public Logged(long index, LogEntry entry) {
      this(index, entry, false);
    }
  }

  private final Register reg;

  public AmendRecord(Register reg) {
    this.reg = reg;
  }

  /**
   * Logs a correction of {@code field} of {@code record} to {@code value}, for {@code reason}, and
   * stores it for the published view; the same correction again (the record already shows that
   * value through a correction) logs nothing.
   */
  public Logged correct(
      Linkage.RecordKey record, String field, String value, String reason, Actor by) {
    CanonicalField f = CorrectedValues.field(field);
    String v = CorrectedValues.canonical(f, value);
    String why = required("reason", reason);
    Found found = find(record);
    return reg.transaction(
        () -> {
          List<RecordAmendments.Amendment> earlier = earlier(found.subject());
          List<PublishedAmendments.Note> notes = new ArrayList<>();
          CasualtyRecord shown =
              PublishedAmendments.corrected(record, found.record(), earlier, notes);
          for (int i = notes.size() - 1; i >= 0; i--) {
            PublishedAmendments.Note n = notes.get(i);
            if (n.applied() && n.field().equals(f.key()) && n.newValue().equals(v)) {
              return already(n.logIndex());
            }
          }
          long version = lastVersion(found.subject()) + 1;
          Instant at = RegisterLog.now();
          LogEntry entry =
              new LogEntry.Correction(
                  at,
                  by.name(),
                  record.toString(),
                  version,
                  correctionSha256(record.toString(), f.key(), v),
                  why);
          long index = new RegisterLog(reg).append(entry, found.subject());
          reg.amendments()
              .add(
                  new RecordAmendments.Amendment(
                      0,
                      found.subject(),
                      record,
                      RecordAmendments.Kind.CORRECTION,
                      f.key(),
                      shown.text(f),
                      v,
                      why,
                      index,
                      by.name(),
                      at));
          return new Logged(index, entry);
        });
  }

  /**
   * Logs the removal of {@code record} for {@code reason} and stores it, so the published view
   * leaves the record out; removing a removed record again logs nothing.
   */
  public Logged remove(Linkage.RecordKey record, String reason, Actor by) {
    String why = required("reason", reason);
    Found found = find(record);
    return reg.transaction(
        () -> {
          for (RecordAmendments.Amendment a : earlier(found.subject())) {
            if (a.kind() == RecordAmendments.Kind.REMOVAL) {
              return already(a.logIndex());
            }
          }
          Instant at = RegisterLog.now();
          LogEntry entry = new LogEntry.Removal(at, by.name(), record.toString(), why);
          long index = new RegisterLog(reg).append(entry, found.subject());
          reg.amendments()
              .add(
                  new RecordAmendments.Amendment(
                      0,
                      found.subject(),
                      record,
                      RecordAmendments.Kind.REMOVAL,
                      null,
                      null,
                      null,
                      why,
                      index,
                      by.name(),
                      at));
          return new Logged(index, entry);
        });
  }

  private Logged already(long index) {
    LogEntry entry = EntryCodec.decode(reg.integrity().entry(index).orElseThrow().bytes());
    return new Logged(index, entry, true);
  }

  private List<RecordAmendments.Amendment> earlier(String subject) {
    return reg.amendments().all().stream().filter(a -> a.subject().equals(subject)).toList();
  }

  /**
   * The SHA-256 (hex) of a correction's canonical text, UTF-8: {@value #CORRECTION_HEADER}, then
   * {@code record}, {@code field} and {@code value} lines, each {@code NAME SP LEN SP VALUE LF}
   * with LEN the value's UTF-8 byte count.
   */
  public static String correctionSha256(String record, String field, String value) {
    StringBuilder out = new StringBuilder(CORRECTION_HEADER).append('\n');
    line(out, "record", record);
    line(out, "field", field);
    line(out, "value", value);
    return Hashes.hex(Hashes.sha256(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** A stored record and its subject. */
  private record Found(CasualtyRecord record, String subject) {}

  private Found find(Linkage.RecordKey key) {
    Release release =
        reg.releases().list().stream()
            .filter(r -> r.id() == key.releaseId())
            .findFirst()
            .orElseThrow(() -> new UserError("no release " + key.releaseId() + " in the register"));
    CasualtyRecord[] found = new CasualtyRecord[1];
    reg.records()
        .forEach(
            release.id(),
            r -> {
              if (r.row() == key.row()) {
                found[0] = r;
              }
            });
    if (found[0] == null) {
      throw new UserError(
          "release " + key.releaseId() + " has no stored record at row " + key.row());
    }
    return new Found(found[0], RecordSubjects.of(release, found[0]));
  }

  private long lastVersion(String subject) {
    long version = 1;
    for (IntegrityLog.Entry e : reg.integrity().about(subject)) {
      LogEntry entry = EntryCodec.decode(e.bytes());
      if (entry instanceof LogEntry.Correction c) {
        version = Math.max(version, c.version());
      } else if (entry instanceof LogEntry.RecordVersion v) {
        version = Math.max(version, v.version());
      }
    }
    return version;
  }

  private static String required(String name, String text) {
    String t = strip(text);
    if (t.isEmpty()) {
      throw new UserError("a " + name + " is required");
    }
    return t;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name)
        .append(' ')
        .append(value.getBytes(StandardCharsets.UTF_8).length)
        .append(' ')
        .append(value)
        .append('\n');
  }
}
