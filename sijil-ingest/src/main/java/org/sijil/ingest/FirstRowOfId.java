package org.sijil.ingest;

import java.util.Arrays;

/**
 * The first data row of each id in a file, for the repeated-id warning: an open-addressing table
 * (linear probing) in parallel arrays, the ids' characters end to end in one array. A {@code
 * HashMap<String, Long>} made an entry and a boxed row per record, and keeping each id's {@code
 * String} still held two objects per record to the end of the import: the young collections copied
 * them and then promoted them. Here a million ids cost a few arrays and no object each.
 */
final class FirstRowOfId {

  /** {@link #putIfAbsent}'s answer for an id not seen before. */
  static final long NONE = -1;

  /** The most characters of ids kept: what one array holds. */
  static final int MOST_TEXT = Integer.MAX_VALUE - 8;

  /**
   * Thrown by {@link #putIfAbsent} when a new id's characters would pass the table's limit: the
   * reader turns it into a {@link org.sijil.core.UserError} naming the file, row and field.
   */
  static final class Full extends RuntimeException {
    private final int mostText;

    Full(long row, int mostText) {
      super("data row " + row + ": the ids would pass " + mostText + " characters");
      this.mostText = mostText;
    }

    /** The limit the ids would have passed. */
    int mostText() {
      return mostText;
    }
  }

  private final int mostText;

  /** Each slot's first row, or {@link #NONE} for an empty slot. */
  private long[] rows = emptyRows(1024);

  /** Each slot's hash code, compared before the id so a probe past other ids reads no text. */
  private int[] hashes = new int[1024];

  /** Where each slot's id starts in {@link #text}, and how many characters it has. */
  private int[] starts = new int[1024];

  private int[] lengths = new int[1024];

  /** Every id kept, end to end, in the order first seen. */
  private char[] text = new char[8192];

  private int textUsed;

  /** 32 minus the table's bits: the index is the top bits of the mixed hash. */
  private int shift = 32 - 10;

  private int size;

  FirstRowOfId() {
    this(MOST_TEXT);
  }

  /** A table that keeps at most {@code mostText} characters of ids (small ones for tests). */
  FirstRowOfId(int mostText) {
    this.mostText = mostText;
  }

  /**
   * The row {@code id} was first seen on, or {@link #NONE} when it is new, and then {@code row}
   * (not negative) is kept as its first.
   *
   * @throws Full when a new id's characters would pass the limit (nothing is kept then)
   */
  long putIfAbsent(String id, long row) {
    int hash = id.hashCode();
    int mask = rows.length - 1;
    for (int i = slot(hash, shift); ; i = (i + 1) & mask) {
      long there = rows[i];
      if (there == NONE) {
        keep(i, id, hash, row);
        if (++size * 2 > rows.length) {
          grow();
        }
        return NONE;
      }
      if (hashes[i] == hash && sameId(i, id)) {
        return there;
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
    for (long row : rows) {
      run = row == NONE ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private void keep(int slot, String id, int hash, long row) {
    int n = id.length();
    long needed = (long) textUsed + n;
    if (needed > mostText) {
      throw new Full(row, mostText);
    }
    if (text.length - textUsed < n) {
      text = Arrays.copyOf(text, (int) Math.min(mostText, Math.max(2L * text.length, needed)));
    }
    id.getChars(0, n, text, textUsed);
    rows[slot] = row;
    hashes[slot] = hash;
    starts[slot] = textUsed;
    lengths[slot] = n;
    textUsed += n;
  }

  private boolean sameId(int slot, String id) {
    int n = id.length();
    if (lengths[slot] != n) {
      return false;
    }
    int start = starts[slot];
    for (int k = 0; k < n; k++) {
      if (text[start + k] != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fibonacci hashing: the top bits of the hash times 2^32 / φ, which every bit of the hash feeds,
   * so ids with close hash codes (numbers, P1, P2...) spread over the whole table.
   */
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static long[] emptyRows(int slots) {
    long[] rows = new long[slots];
    Arrays.fill(rows, NONE);
    return rows;
  }

  /** Doubles the table (kept at most half full, so probe runs stay short). */
  private void grow() {
    long[] oldRows = rows;
    int[] oldHashes = hashes;
    int[] oldStarts = starts;
    int[] oldLengths = lengths;
    rows = emptyRows(oldRows.length * 2);
    hashes = new int[rows.length];
    starts = new int[rows.length];
    lengths = new int[rows.length];
    shift--;
    int mask = rows.length - 1;
    for (int j = 0; j < oldRows.length; j++) {
      if (oldRows[j] != NONE) {
        int i = slot(oldHashes[j], shift);
        while (rows[i] != NONE) {
          i = (i + 1) & mask;
        }
        rows[i] = oldRows[j];
        hashes[i] = oldHashes[j];
        starts[i] = oldStarts[j];
        lengths[i] = oldLengths[j];
      }
    }
  }
}
