package org.sijil.app.integrity;

import java.util.Arrays;
import java.util.List;
import org.sijil.core.record.CasualtyRecord;

/**
 * The records of one release by key, in 8 bytes per record: one sorted {@code long} per keyed
 * record, the key's {@link String#hashCode} in the high half and the record's position in the
 * release's list in the low half. A lookup binary-searches the hash and then compares the keys
 * themselves, so a hash shared by two keys is never mistaken for one key. Built only while a
 * release is compared with the one before it, and dropped with the comparison.
 */
final class KeyIndex {

  /** {@link #find} of a key the release lists more than once. */
  static final int REPEATED = -2;

  /** {@link #find} of a key the release does not list. */
  static final int ABSENT = -1;

  private final List<CasualtyRecord> records;
  private final long[] sorted;

  private KeyIndex(List<CasualtyRecord> records, long[] sorted) {
    this.records = records;
    this.sorted = sorted;
  }

  /** The index of {@code records} (rows without a key are left out). */
  static KeyIndex of(List<CasualtyRecord> records) {
    long[] packed = new long[records.size()];
    int n = 0;
    for (int i = 0; i < records.size(); i++) {
      String key = records.get(i).id();
      if (key != null) {
        packed[n++] = pack(key.hashCode(), i);
      }
    }
    long[] sorted = Arrays.copyOf(packed, n);
    Arrays.sort(sorted);
    return new KeyIndex(records, sorted);
  }

  /**
   * The position in the list of the one record with {@code key}; {@link #ABSENT} or {@link
   * #REPEATED}.
   */
  int find(String key) {
    int at = firstWithHash(key.hashCode());
    int found = ABSENT;
    for (int i = at; i < sorted.length && hashOf(sorted[i]) == key.hashCode(); i++) {
      int position = (int) sorted[i];
      if (key.equals(records.get(position).id())) {
        if (found != ABSENT) {
          return REPEATED;
        }
        found = position;
      }
    }
    return found;
  }

  private int firstWithHash(int hash) {
    long target = pack(hash, 0);
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long pack(int hash, int position) {
    return ((long) hash << 32) | (position & 0xFFFF_FFFFL);
  }

  private static int hashOf(long packed) {
    return (int) (packed >> 32);
  }
}
