package org.sijil.app.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Release;

/**
 * Which rows of a release are new versions of their record, and their {@code record-version}
 * entries: the one rule the import writes by and {@code verify --db} checks by.
 *
 * <p>Rules (docs/integrity.md §9, "Record versions"):
 *
 * <ul>
 *   <li>A row with a key is about {@code record:SOURCE/KEY}; it is a new version when no {@code
 *       record-version} of that subject was logged before, or when the last one's {@code
 *       content-sha256} differs from the row's. A row that repeats its record's last version
 *       (wherever it now stands in the list) is not a new version.
 *   <li>A row without a key is about {@code record:RELEASE_ID:ROW} and is always version 1.
 *   <li>The version is one more than the highest version logged about the subject before the
 *       release's entries ({@code correction} or {@code record-version}; 0 when none), or than the
 *       version this release already gave it (a key listed twice in one release).
 *   <li>{@code previous-sha256} is the {@code record-sha256} of the subject's last {@code
 *       record-version} (empty when none).
 *   <li>Entries follow row order.
 * </ul>
 */
public final class RecordVersions {

  /** An accepted row as the log sees it: row, key (null when none), leaf and content hashes. */
  public record Row(long row, String key, byte[] leaf, byte[] content) {}

  /** A planned entry with its subject. */
  public record Planned(String subject, LogEntry.RecordVersion entry) {}

  private RecordVersions() {}

  /**
   * The hash of a record's content: SHA-256 of its canonical record bytes ({@link
   * CanonicalRows#record}): the fields the import parsed and stores, without the row number or the
   * raw cells, so the same record at another row, with a cell written differently ({@code 43} or
   * {@code 43.0}) or with more unmapped columns, has the same hash.
   */
  public static byte[] contentHash(CasualtyRecord record) {
    return Hashes.sha256(CanonicalRows.record(record));
  }

  /** The subject of a row of {@code release}. */
  public static String subject(Release release, long row, String key) {
    return key == null
        ? RecordSubjects.PREFIX + release.id() + ":" + row
        : RecordSubjects.keyed(release.source(), key);
  }

  /**
   * The {@code record-version} entries of {@code rows} (in row order) against {@code history},
   * which takes in each planned entry of a key in {@code repeated} (keys listed more than once in
   * the release; null: every key), so a release may be planned in consecutive chunks.
   */
  public static List<Planned> plan(
      Release release,
      List<Row> rows,
      VersionHistory history,
      Set<String> repeated,
      String actor,
      Instant at) {
    String name = release.source() + "/" + release.label();
    List<Planned> out = new ArrayList<>();
    for (Row r : rows) {
      String subject = subject(release, r.row(), r.key());
      if (r.key() != null && history.lastContentIs(subject, r.content())) {
        continue;
      }
      String previous = r.key() == null ? null : history.lastRecordSha(subject);
      long version = r.key() == null ? 1 : history.version(subject) + 1;
      LogEntry.RecordVersion entry =
          new LogEntry.RecordVersion(
              at,
              actor,
              name,
              release.id() + ":" + r.row(),
              r.key() == null ? "" : r.key(),
              version,
              Hashes.hex(r.leaf()),
              Hashes.hex(r.content()),
              previous == null ? "" : previous);
      if (r.key() != null && (repeated == null || repeated.contains(r.key()))) {
        history.planned(subject, version, r.content(), r.leaf());
      }
      out.add(new Planned(subject, entry));
    }
    return out;
  }

  /** The keys listed more than once among the first {@code n} of {@code keys} (nulls ignored). */
  public static Set<String> repeatedKeys(String[] keys, int n) {
    int[] hashes = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (keys[i] != null) {
        hashes[k++] = keys[i].hashCode();
      }
    }
    int[] sorted = Arrays.copyOf(hashes, k);
    Arrays.sort(sorted);
    Set<Integer> shared = new HashSet<>();
    for (int i = 1; i < k; i++) {
      if (sorted[i] == sorted[i - 1]) {
        shared.add(sorted[i]);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (keys[i] != null && shared.contains(keys[i].hashCode())) {
        counts.merge(keys[i], 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach(
        (key, c) -> {
          if (c > 1) {
            out.add(key);
          }
        });
    return out;
  }
}
