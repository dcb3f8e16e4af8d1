package org.sijil.app.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Logs the {@code record-version} entries that releases imported before Sijil logged record
 * versions never got, so that {@code verify --db} can check them ({@code sijil records
 * log-versions}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>For each source, each release is compared with the one before it by the import's rule
 *       ({@link RecordVersions#changed}); a changed record gets an entry only when the log holds
 *       <em>no</em> {@code record-version} of that release for that record. An entry that exists
 *       with another hash is left as it is, so a tampered entry still fails {@code verify}.
 *   <li>The entries are new: they carry the time they are logged and who logged them, never the
 *       release's import time (the log is append-only; it says when each thing was written). Their
 *       version is the next free number of the record's sequence at that time.
 *   <li>All are appended in one transaction; running it again appends nothing.
 * </ul>
 */
public final class RecordVersionBackfill {

  private final Register register;

  public RecordVersionBackfill(Register register) {
    this.register = register;
  }

  /** Appends the missing entries as {@code by}; returns how many were appended. */
  public int append(Actor by) {
    return register.transaction(
        () -> {
          Instant at = RegisterLog.now();
          List<LogEntry> entries = new ArrayList<>();
          List<String> subjects = new ArrayList<>();
          for (Map.Entry<String, List<Release>> s : bySource().entrySet()) {
            plan(s.getKey(), s.getValue(), by.name(), at, entries, subjects);
          }
          if (!entries.isEmpty()) {
            new RegisterLog(register).appendAll(entries, subjects);
          }
          return entries.size();
        });
  }

  private void plan(
      String source,
      List<Release> releases,
      String actor,
      Instant at,
      List<LogEntry> entries,
      List<String> subjects) {
    RecordVersionPlanner versions =
        new RecordVersionPlanner(
            source, History.read(register, source), actor, at, entries, subjects);
    Set<String> logged = loggedVersions(source);
    List<CasualtyRecord> before = null;
    for (Release r : releases) {
      List<CasualtyRecord> after = register.records().list(r.id());
      if (before != null) {
        String release = RecordVersionPlanner.releaseName(r);
        for (RecordVersions.Changed c : RecordVersions.changed(before, after)) {
          if (!logged.contains(release + "\n" + versions.subject(c))) {
            versions.add(r, c);
          }
        }
      }
      before = after;
    }
  }

  /** Release and subject of every {@code record-version} the log holds about {@code source}. */
  private Set<String> loggedVersions(String source) {
    Set<String> out = new HashSet<>();
    for (IntegrityLog.Entry e :
        register.integrity().aboutPrefix(RecordSubjects.sourcePrefix(source))) {
      if (EntryCodec.decode(e.bytes()) instanceof LogEntry.RecordVersion v) {
        out.add(v.release() + "\n" + e.subject());
      }
    }
    return out;
  }

  /** Each source's releases in the register's order. */
  private Map<String, List<Release>> bySource() {
    Map<String, List<Release>> out = new LinkedHashMap<>();
    for (Release r : register.releases().list()) {
      out.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }
}
