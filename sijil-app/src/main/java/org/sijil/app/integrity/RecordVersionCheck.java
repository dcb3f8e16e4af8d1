package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * The {@code record-version} part of {@code verify --db}: recomputes from the stored rows which
 * records changed between consecutive releases of each source ({@link RecordVersions}) and checks
 * that each has exactly its entry (record, hash, version) and that no entry is left over.
 *
 * <p>An entry is matched by its release ({@code SOURCE/LABEL}) and subject; a release replaced
 * later keeps its earlier entries in the log (it is append-only), so of several entries for one
 * release and subject only the last is the one to match, and the earlier ones must name a release
 * id the register no longer holds.
 *
 * <p>It numbers the logged versions itself and never calls the import's planning code ({@code
 * ReleaseChangeLog}, {@code RecordVersionBackfill} and their version history): verify must stay
 * independent of the code that wrote the log. Only the rule of what is a new version ({@link
 * RecordVersions}) is shared, since that rule is what the log promises.
 */
final class RecordVersionCheck {

  /** A logged record version with its index. */
  private record Logged(long index, String subject, LogEntry.RecordVersion entry) {
    String where() {
      return "entry " + index + " (record-version, " + subject + ")";
    }
  }

  private final Register register;
  private final List<VerifyRegister.Problem> problems;
  private final Map<String, List<Logged>> logged = new HashMap<>();
  private final Set<String> matched = new HashSet<>();
  private final Map<Long, Release> byId = new HashMap<>();

  private RecordVersionCheck(Register register, List<VerifyRegister.Problem> problems) {
    this.register = register;
    this.problems = problems;
  }

  /**
   * Checks the record versions of {@code entries} (the whole log) against the stored rows; returns
   * how many {@code record-version} entries the log holds (each one checked).
   */
  static long check(
      Register register, List<IntegrityLog.Entry> entries, List<VerifyRegister.Problem> problems) {
    RecordVersionCheck c = new RecordVersionCheck(register, problems);
    c.readLog(entries);
    c.recompute(register.releases().list());
    return c.logged.values().stream().mapToLong(List::size).sum();
  }

  /** Collects the record versions and checks each one's version number, in log order. */
  private void readLog(List<IntegrityLog.Entry> entries) {
    Map<String, Long> versions = new HashMap<>();
    for (IntegrityLog.Entry e : entries) {
      if (e.subject() == null || !e.subject().startsWith(RecordSubjects.PREFIX)) {
        continue;
      }
      LogEntry entry;
      try {
        entry = EntryCodec.decode(e.bytes());
      } catch (RuntimeException bad) {
        continue; // the tree check names undecodable entries
      }
      long highest = versions.getOrDefault(e.subject(), 1L);
      if (entry instanceof LogEntry.RecordVersion v) {
        Logged l = new Logged(e.index(), e.subject(), v);
        if (v.version() != highest + 1) {
          problem(l.where(), "is version " + v.version() + " but should be " + (highest + 1));
        }
        logged.computeIfAbsent(key(v.release(), e.subject()), k -> new ArrayList<>()).add(l);
        versions.put(e.subject(), Math.max(highest, v.version()));
      } else if (entry instanceof LogEntry.Correction c) {
        versions.put(e.subject(), Math.max(highest, c.version()));
      }
    }
  }

  /** Walks each source's releases in register order, comparing each with the one before it. */
  private void recompute(List<Release> releases) {
    Map<String, Release> previous = new HashMap<>();
    Map<String, List<CasualtyRecord>> previousRecords = new HashMap<>();
    releases.forEach(r -> byId.put(r.id(), r));
    for (Release r : releases) {
      Release before = previous.put(r.source(), r);
      if (before == null) {
        previousRecords.put(r.source(), register.records().list(r.id()));
        continue;
      }
      List<CasualtyRecord> after = register.records().list(r.id());
      expect(before, r, RecordVersions.changed(previousRecords.get(r.source()), after));
      previousRecords.put(r.source(), after);
    }
    leftOver();
  }

  private void expect(Release before, Release release, List<RecordVersions.Changed> changed) {
    String label = label(release);
    for (RecordVersions.Changed c : changed) {
      String subject = RecordSubjects.keyed(release.source(), c.key());
      String where =
          "release " + release.id() + " (" + label + "), row " + c.row() + " (" + subject + ")";
      String k = key(label, subject);
      List<Logged> found = logged.get(k);
      if (found == null) {
        problem(
            where,
            "the record changed since release "
                + label(before)
                + " but no record-version entry logs it (a release imported before Sijil logged"
                + " record versions: `sijil records log-versions --db REGISTER --by NAME` logs"
                + " them)");
        continue;
      }
      matched.add(k);
      Logged last = found.get(found.size() - 1);
      if (!last.entry().recordSha256().equals(c.recordSha256())) {
        problem(last.where(), "its record-sha256 is not the hash of the stored record: " + where);
      }
      if (!namesRow(last.entry().record(), release, c.row())) {
        problem(last.where(), "names record " + last.entry().record() + ", not " + where);
      }
    }
  }

  /** Entries no recomputed change accounts for. */
  private void leftOver() {
    for (Map.Entry<String, List<Logged>> e : logged.entrySet()) {
      List<Logged> all = e.getValue();
      boolean used = matched.contains(e.getKey());
      for (int i = 0; i < all.size(); i++) {
        Logged l = all.get(i);
        boolean replaced = !byId.containsKey(releaseIdOf(l.entry().record()));
        if (used && i < all.size() - 1 && replaced) {
          continue; // an earlier import of a release replaced since
        }
        if (!used || i < all.size() - 1) {
          problem(
              l.where(),
              "release "
                  + l.entry().release()
                  + " did not change this record against the release before it"
                  + " (record "
                  + l.entry().record()
                  + ")");
        }
      }
    }
  }

  /**
   * Whether {@code record} is row {@code row} of {@code release}, or that row of a release the
   * register no longer holds (replaced by the same rows, which logs no new version).
   */
  private boolean namesRow(String record, Release release, long row) {
    return record.equals(release.id() + ":" + row)
        || (!byId.containsKey(releaseIdOf(record)) && record.endsWith(":" + row));
  }

  private static long releaseIdOf(String record) {
    int colon = record.indexOf(':');
    try {
      return Long.parseLong(colon < 0 ? record : record.substring(0, colon));
    } catch (NumberFormatException bad) {
      return -1;
    }
  }

  private static String label(Release r) {
    return r.source() + "/" + r.label();
  }

  private static String key(String release, String subject) {
    return release + "\n" + subject;
  }

  private void problem(String where, String what) {
    problems.add(new VerifyRegister.Problem(where, what));
  }
}
