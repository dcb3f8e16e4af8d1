package org.sijil.app.records;

import java.nio.charset.StandardCharsets;
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
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: an analyst corrects one field of a stored record, or removes the record, with a reason;
 * each is one log entry about the record's subject ({@link RecordSubjects}), so it joins the
 * history a re-released list writes for the same key.
 *
 * <p>Rules: the record is {@code RELEASE_ID:ROW} of a stored (accepted) row; the field is a
 * canonical field ({@code name_ar}, {@code age}...); value and reason are stripped and must not be
 * empty. A correction's version is one more than the subject's last logged version (2 after the
 * first listing); its {@code record-sha256} is the SHA-256 of the correction's canonical text
 * ({@link #correctionSha256}), so whoever holds the corrected value can show it is the one logged
 * while the value itself stays out of the public, append-only log.
 */
public final class AmendRecord {

  /** The first line of a correction's canonical text. */
  public static final String CORRECTION_HEADER = "sijil-record-correction/v1";

  /** What was logged: the entry's index and the entry. */
  public record Logged(long index, LogEntry entry) {}

  private final Register reg;

  public AmendRecord(Register reg) {
    this.reg = reg;
  }

  /** Logs a correction of {@code field} of {@code record} to {@code value}, for {@code reason}. */
  public Logged correct(
      Linkage.RecordKey record, String field, String value, String reason, Actor by) {
    String f =
        CanonicalField.byKey(strip(field))
            .map(CanonicalField::key)
            .orElseThrow(() -> new UserError("unknown field '" + field + "'"));
    String v = required("value", value);
    String why = required("reason", reason);
    String subject = subject(record);
    return reg.transaction(
        () -> {
          long version = lastVersion(subject) + 1;
          LogEntry entry =
              new LogEntry.Correction(
                  RegisterLog.now(),
                  by.name(),
                  record.toString(),
                  version,
                  correctionSha256(record.toString(), f, v),
                  why);
          return new Logged(new RegisterLog(reg).append(entry, subject), entry);
        });
  }

  /** Logs the removal of {@code record} for {@code reason}. */
  public Logged remove(Linkage.RecordKey record, String reason, Actor by) {
    String why = required("reason", reason);
    String subject = subject(record);
    return reg.transaction(
        () -> {
          LogEntry entry =
              new LogEntry.Removal(RegisterLog.now(), by.name(), record.toString(), why);
          return new Logged(new RegisterLog(reg).append(entry, subject), entry);
        });
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

  private String subject(Linkage.RecordKey key) {
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
    return RecordSubjects.of(release, found[0]);
  }

  private long lastVersion(String subject) {
    long version = 1;
    for (IntegrityLog.Entry e : reg.integrity().about(subject)) {
      if (EntryCodec.decode(e.bytes()) instanceof LogEntry.Correction c) {
        version = Math.max(version, c.version());
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
