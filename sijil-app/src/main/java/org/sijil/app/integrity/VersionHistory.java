package org.sijil.app.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;

/**
 * What the log says about record subjects so far, kept compact enough for a million records: per
 * subject its last {@code record-version}'s content and row hashes, its highest version and a
 * digest of its last entry of any kind. Fed with entries in log order ({@link #apply}).
 *
 * <p>Storage: one open-addressing table of slot numbers over the subject strings, and the hashes in
 * flat byte arrays (32 bytes each) indexed by slot, so a subject costs its string plus about 120
 * bytes, instead of a decoded entry per subject in a map.
 */
public final class VersionHistory {

  private static final int H = Hashes.SIZE;
  private static final byte[] NO_HASH = new byte[H];

  private int[] table = new int[1 << 10];
  private String[] subjects = new String[256];
  private long[] versions = new long[256];
  private byte[] contents = new byte[256 * H];
  private byte[] recordShas = new byte[256 * H];
  private byte[] marks = new byte[256 * H];
  private final BitSet versioned = new BitSet();
  private int size;

  /** Takes in one logged entry about {@code subject} (in log order). */
  public void apply(String subject, LogEntry entry) {
    int slot = slot(subject);
    if (entry instanceof LogEntry.RecordVersion v) {
      setVersion(
          slot, v.version(), Hashes.fromHex(v.contentSha256()), Hashes.fromHex(v.recordSha256()));
      mark(slot, "record-version " + v.recordSha256());
    } else if (entry instanceof LogEntry.Correction c) {
      versions[slot] = Math.max(versions[slot], c.version());
      mark(slot, "correction " + c.recordSha256());
    } else if (entry instanceof LogEntry.Removal r) {
      mark(slot, "removal " + r.record());
    } else {
      mark(slot, entry.type());
    }
  }

  /** Records a planned version of {@code subject} (an import's own entries, in row order). */
  void planned(String subject, long version, byte[] content, byte[] recordSha) {
    int slot = slot(subject);
    setVersion(slot, version, content, recordSha);
    mark(slot, "record-version " + Hashes.hex(recordSha));
  }

  /** The highest version logged about {@code subject}, 0 when none. */
  public long version(String subject) {
    int slot = find(subject);
    return slot < 0 ? 0 : versions[slot];
  }

  /** Whether {@code subject} has a {@code record-version} whose content hash is {@code content}. */
  boolean lastContentIs(String subject, byte[] content) {
    int slot = find(subject);
    return slot >= 0
        && versioned.get(slot)
        && Arrays.equals(contents, slot * H, slot * H + H, content, 0, H);
  }

  /** The subject's last {@code record-version}'s row hash (hex), or null. */
  public String lastRecordSha(String subject) {
    int slot = find(subject);
    return slot >= 0 && versioned.get(slot)
        ? Hashes.hex(Arrays.copyOfRange(recordShas, slot * H, slot * H + H))
        : null;
  }

  /** Whether the subject's last entry is a {@code correction} to the row hash {@code sha} (hex). */
  public boolean lastIsCorrectionTo(String subject, String sha) {
    return lastIs(subject, "correction " + sha);
  }

  /** Whether the subject's last entry is the {@code removal} of {@code record}. */
  public boolean lastIsRemovalOf(String subject, String record) {
    return lastIs(subject, "removal " + record);
  }

  /** How many subjects are known. */
  public int size() {
    return size;
  }

  private boolean lastIs(String subject, String what) {
    int slot = find(subject);
    return slot >= 0 && Arrays.equals(marks, slot * H, slot * H + H, digest(what), 0, H);
  }

  private void setVersion(int slot, long version, byte[] content, byte[] recordSha) {
    versions[slot] = Math.max(versions[slot], version);
    System.arraycopy(content, 0, contents, slot * H, H);
    System.arraycopy(recordSha, 0, recordShas, slot * H, H);
    versioned.set(slot);
  }

  private void mark(int slot, String what) {
    System.arraycopy(digest(what), 0, marks, slot * H, H);
  }

  private static byte[] digest(String what) {
    return Hashes.sha256(what.getBytes(StandardCharsets.UTF_8));
  }

  private int find(String subject) {
    int mask = table.length - 1;
    for (int i = subject.hashCode() * 0x9E3779B9 & mask; ; i = (i + 1) & mask) {
      int s = table[i] - 1;
      if (s < 0) {
        return -1;
      }
      if (subjects[s].equals(subject)) {
        return s;
      }
    }
  }

  private int slot(String subject) {
    int found = find(subject);
    if (found >= 0) {
      return found;
    }
    if (size == subjects.length) {
      grow();
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int s = size++;
    subjects[s] = subject;
    System.arraycopy(NO_HASH, 0, marks, s * H, H);
    insert(s);
    return s;
  }

  private void insert(int s) {
    int mask = table.length - 1;
    int i = subjects[s].hashCode() * 0x9E3779B9 & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = s + 1;
  }

  private void rehash(int length) {
    table = new int[length];
    for (int s = 0; s < size; s++) {
      insert(s);
    }
  }

  private void grow() {
    int n = subjects.length * 2;
    subjects = Arrays.copyOf(subjects, n);
    versions = Arrays.copyOf(versions, n);
    contents = Arrays.copyOf(contents, n * H);
    recordShas = Arrays.copyOf(recordShas, n * H);
    marks = Arrays.copyOf(marks, n * H);
  }
}
