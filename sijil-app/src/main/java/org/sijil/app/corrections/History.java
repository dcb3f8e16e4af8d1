package org.sijil.app.corrections;

import java.util.HashMap;
import java.util.Map;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * What the log already says about the records of one source, per subject: the last entry, the last
 * {@code record-version} and the highest version so far. Read with one query ({@link
 * IntegrityLog#aboutPrefix}), so it holds only the source's record entries, never one item per
 * record.
 *
 * <p>Versions are one sequence per record, shared by {@code record-version} and {@code correction}
 * entries: the first listing is version 1 (no entry), each new version is one more than the highest
 * logged so far.
 */
final class History {

  private final Map<String, LogEntry> last = new HashMap<>();
  private final Map<String, LogEntry.RecordVersion> lastVersion = new HashMap<>();
  private final Map<String, Long> versions = new HashMap<>();

  private History() {}

  /** The history of the keyed records of {@code source}. */
  static History read(Register register, String source) {
    History h = new History();
    for (IntegrityLog.Entry e :
        register.integrity().aboutPrefix(RecordSubjects.sourcePrefix(source))) {
      h.add(e.subject(), EntryCodec.decode(e.bytes()));
    }
    return h;
  }

  /** Notes {@code entry} about {@code subject}, as the latest. */
  void add(String subject, LogEntry entry) {
    last.put(subject, entry);
    if (entry instanceof LogEntry.RecordVersion v) {
      lastVersion.put(subject, v);
      versions.merge(subject, v.version(), Math::max);
    } else if (entry instanceof LogEntry.Correction c) {
      versions.merge(subject, c.version(), Math::max);
    }
  }

  /** The latest entry about {@code subject}, or null. */
  LogEntry last(String subject) {
    return last.get(subject);
  }

  /** The latest {@code record-version} entry about {@code subject}, or null. */
  LogEntry.RecordVersion lastVersion(String subject) {
    return lastVersion.get(subject);
  }

  /** The version a new version of {@code subject} gets. */
  long nextVersion(String subject) {
    return versions.getOrDefault(subject, 1L) + 1;
  }
}
