package org.sijil.app.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
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
   * The hash of a row's content: SHA-256 of its canonical bytes ({@link CanonicalRows}) without the
   * {@code row N} line, so the same row at another position in a later list has the same one.
   */
  public static byte[] contentHash(byte[] canonical) {
    int first = indexOf(canonical, 0);
    int second = indexOf(canonical, first + 1);
    MessageDigest d = sha256();
    d.update(canonical, 0, first + 1);
    d.update(canonical, second + 1, canonical.length - second - 1);
    return d.digest();
  }

  /** The subject of a row of {@code release}. */
  public static String subject(Release release, long row, String key) {
    return key == null
        ? RecordSubjects.PREFIX + release.id() + ":" + row
        : RecordSubjects.keyed(release.source(), key);
  }

  /** The {@code record-version} entries of {@code rows} (in row order) against {@code history}. */
  public static List<Planned> plan(
      Release release, List<Row> rows, History history, String actor, Instant at) {
    String name = release.source() + "/" + release.label();
    Map<String, LogEntry.RecordVersion> overlay = new HashMap<>();
    List<Planned> out = new ArrayList<>();
    for (Row r : rows) {
      String subject = subject(release, r.row(), r.key());
      LogEntry.RecordVersion last = overlay.getOrDefault(subject, history.last.get(subject));
      String content = Hashes.hex(r.content());
      if (last != null && last.contentSha256().equals(content)) {
        continue;
      }
      long before = history.version(subject);
      if (overlay.containsKey(subject)) {
        before = Math.max(before, overlay.get(subject).version());
      }
      LogEntry.RecordVersion entry =
          new LogEntry.RecordVersion(
              at,
              actor,
              name,
              release.id() + ":" + r.row(),
              r.key() == null ? "" : r.key(),
              before + 1,
              Hashes.hex(r.leaf()),
              content,
              last == null ? "" : last.recordSha256());
      overlay.put(subject, entry);
      out.add(new Planned(subject, entry));
    }
    return out;
  }

  /**
   * What the log says about record subjects so far: each one's last {@code record-version} and
   * highest version; fed with entries in log order.
   */
  public static final class History {
    private final Map<String, LogEntry.RecordVersion> last = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();

    /** Takes in one logged entry about {@code subject} (entries of other kinds are ignored). */
    public void apply(String subject, LogEntry entry) {
      if (entry instanceof LogEntry.RecordVersion v) {
        last.put(subject, v);
        versions.merge(subject, v.version(), Math::max);
      } else if (entry instanceof LogEntry.Correction c) {
        versions.merge(subject, c.version(), Math::max);
      }
    }

    /** The highest version logged about {@code subject}, 0 when none. */
    public long version(String subject) {
      return versions.getOrDefault(subject, 0L);
    }

    /** The subject's last {@code record-version}'s row hash, or null. */
    public String lastRecordSha(String subject) {
      LogEntry.RecordVersion v = last.get(subject);
      return v == null ? null : v.recordSha256();
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    throw new IllegalArgumentException("not a canonical row: fewer than two lines");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
