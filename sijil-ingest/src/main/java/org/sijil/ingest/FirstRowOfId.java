package org.sijil.ingest;

/**
 * The first data row of each id in a file, for the repeated-id warning: an open-addressing table
 * (linear probing) in two parallel arrays. A {@code HashMap<String, Long>} made an entry and a
 * boxed row per record, which lived to the end of the import, so every young collection copied
 * them; here a million ids cost two arrays.
 */
final class FirstRowOfId {

  /** {@link #putIfAbsent}'s answer for an id not seen before. */
  static final long NONE = -1;

  private String[] ids = new String[1024];
  private long[] rows = new long[1024];
  private int size;

  /**
   * The row {@code id} was first seen on, or {@link #NONE} when it is new, and then {@code row}
   * (not negative) is kept as its first.
   */
  long putIfAbsent(String id, long row) {
    int mask = ids.length - 1;
    for (int i = slot(id, mask); ; i = (i + 1) & mask) {
      String there = ids[i];
      if (there == null) {
        ids[i] = id;
        rows[i] = row;
        if (++size * 2 > ids.length) {
          grow();
        }
        return NONE;
      }
      if (there.equals(id)) {
        return rows[i];
      }
    }
  }

  /** The ids kept. */
  int size() {
    return size;
  }

  /** Fibonacci hashing: the hash's bits mixed into the table's index, so close hashes spread. */
  private static int slot(String id, int mask) {
    return (id.hashCode() * 0x9E3779B9 >>> 16) & mask;
  }

  /** Doubles the table (kept at most half full, so probe runs stay short). */
  private void grow() {
    String[] oldIds = ids;
    long[] oldRows = rows;
    ids = new String[oldIds.length * 2];
    rows = new long[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      if (oldIds[j] != null) {
        int i = slot(oldIds[j], mask);
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = oldIds[j];
        rows[i] = oldRows[j];
      }
    }
  }
}
