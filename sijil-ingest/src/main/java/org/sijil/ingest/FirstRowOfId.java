package org.sijil.ingest;

/**
 * The first data row of each id in a file, for the repeated-id warning: an open-addressing table
 * (linear probing) in parallel arrays. A {@code HashMap<String, Long>} made an entry and a boxed
 * row per record, which lived to the end of the import, so every young collection copied them; here
 * a million ids cost three arrays.
 */
final class FirstRowOfId {

  /** {@link #putIfAbsent}'s answer for an id not seen before. */
  static final long NONE = -1;

  private String[] ids = new String[1024];

  /** Each slot's hash code, compared before the id so a probe past other ids reads no string. */
  private int[] hashes = new int[1024];

  private long[] rows = new long[1024];

  /** 32 minus the table's bits: the index is the top bits of the mixed hash. */
  private int shift = 32 - 10;

  private int size;

  /**
   * The row {@code id} was first seen on, or {@link #NONE} when it is new, and then {@code row}
   * (not negative) is kept as its first.
   */
  long putIfAbsent(String id, long row) {
    int hash = id.hashCode();
    int mask = ids.length - 1;
    for (int i = slot(hash, shift); ; i = (i + 1) & mask) {
      String there = ids[i];
      if (there == null) {
        ids[i] = id;
        hashes[i] = hash;
        rows[i] = row;
        if (++size * 2 > ids.length) {
          grow();
        }
        return NONE;
      }
      if (hashes[i] == hash && there.equals(id)) {
        return rows[i];
      }
    }
  }

  /** The ids kept. */
  int size() {
    return size;
  }

  /** The longest run of occupied slots, which a lookup may have to walk (for tests). */
  int longestRun() {
    int longest = 0;
    int run = 0;
    for (String id : ids) {
      run = id == null ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * Fibonacci hashing: the top bits of the hash times 2^32 / φ, which every bit of the hash feeds,
   * so ids with close hash codes (numbers, P1, P2...) spread over the whole table.
   */
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** Doubles the table (kept at most half full, so probe runs stay short). */
  private void grow() {
    String[] oldIds = ids;
    int[] oldHashes = hashes;
    long[] oldRows = rows;
    ids = new String[oldIds.length * 2];
    hashes = new int[oldIds.length * 2];
    rows = new long[oldIds.length * 2];
    shift--;
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      if (oldIds[j] != null) {
        int i = slot(oldHashes[j], shift);
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = oldIds[j];
        hashes[i] = oldHashes[j];
        rows[i] = oldRows[j];
      }
    }
  }
}
