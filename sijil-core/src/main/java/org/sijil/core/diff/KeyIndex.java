package org.sijil.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;

/**
 * The records of one release by key, in 8 bytes per record: one sorted {@code long} per keyed
 * record, the key's {@link String#hashCode} in the high half and the record's position in the
 * release's list in the low half. A lookup binary-searches the hash and then compares the keys
 * themselves, so a hash shared by two keys is never mistaken for one key. Built only while a
 * release is compared with the one before it ({@link KeyMatch}), and dropped with the comparison.
 */
final class KeyIndex {

  private final List<CasualtyRecord> records;
  private final CanonicalField key;
  private final long[] sorted;

  private KeyIndex(List<CasualtyRecord> records, CanonicalField key, long[] sorted) {
    this.records = records;
    this.key = key;
    this.sorted = sorted;
  }

  /** The index of {@code records} by {@code key} (rows without a key are left out). */
  static KeyIndex of(List<CasualtyRecord> records, CanonicalField key) {
    long[] packed = new long[records.size()];
    int n = 0;
    for (int i = 0; i < records.size(); i++) {
      String k = records.get(i).text(key);
      if (k != null) {
        packed[n++] = pack(k.hashCode(), i);
      }
    }
    long[] sorted = Arrays.copyOf(packed, n);
    Arrays.sort(sorted);
    return new KeyIndex(records, key, sorted);
  }

  /**
   * The position in the list of the one record with {@code k}; {@link KeyMatch#ABSENT} or {@link
   * KeyMatch#REPEATED}.
   */
  int find(String k) {
    int found = KeyMatch.ABSENT;
    for (int i = firstWithHash(k.hashCode()); sameHash(i, k); i++) {
      int position = (int) sorted[i];
      if (k.equals(records.get(position).text(key))) {
        if (found != KeyMatch.ABSENT) {
          return KeyMatch.REPEATED;
        }
        found = position;
      }
    }
    return found;
  }

  /** Every position of a record with {@code k}, ascending. */
  List<Integer> positions(String k) {
    List<Integer> out = new ArrayList<>(1);
    for (int i = firstWithHash(k.hashCode()); sameHash(i, k); i++) {
      int position = (int) sorted[i];
      if (k.equals(records.get(position).text(key))) {
        out.add(position);
      }
    }
    return out;
  }

  private boolean sameHash(int i, String k) {
    return i < sorted.length && hashOf(sorted[i]) == k.hashCode();
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
