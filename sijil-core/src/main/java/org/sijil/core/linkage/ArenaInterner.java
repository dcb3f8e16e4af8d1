package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps strings to dense ints in order of first appearance, like {@link Interner}, for the tables
 * that hold a distinct value for most records (whole names, whole-name keys). It keeps no {@code
 * String}: each distinct value's letters are copied once into pages of one shared {@code char[]}
 * arena, so ten million distinct names cost their letters and 20 bytes of ids, not a String object
 * of ~80 bytes each; and its arrays are sized once from the most values it can meet (the records of
 * a column), so they never double (a doubling holds the old and the new arrays at once).
 *
 * <p>Ids and counts are those {@link Interner} gives for the same values in the same order: only
 * the storage differs.
 */
final class ArenaInterner {

  /** Fibonacci hashing, as in {@link Interner}. */
  private static final int GOLDEN = 0x9E3779B9;

  /** Most letters per arena page (2 MiB); a longer value gets a page of its own. */
  static final int PAGE = 1 << 20;

  private final List<char[]> pages = new ArrayList<>();
  private char[] page;
  private int pageUsed;

  /** Per id: its page (high 32 bits) and offset in it (low 32 bits), length, hash and count. */
  private final long[] where;

  private final int[] lengths;
  private final int[] hashes;
  private final int[] counts;

  /** id + 1 of the value in each slot, 0 when empty; a power of two, at most half full. */
  private final int[] slots;

  private final int shift;
  private final int pageSize;
  private int size;

  /**
   * @param most the most distinct values this table will be given (e.g. the records of a column)
   */
  ArenaInterner(int most) {
    int capacity = Math.max(16, most);
    where = new long[capacity];
    lengths = new int[capacity];
    hashes = new int[capacity];
    counts = new int[capacity];
    int bits = 32 - Integer.numberOfLeadingZeros(2 * capacity - 1);
    slots = new int[1 << bits];
    shift = 32 - bits;
    pageSize = (int) Math.min(PAGE, 16L * capacity);
  }

  /** Number of distinct values so far. */
  int size() {
    return size;
  }

  int count(int id) {
    return counts[id];
  }

  /** The counts of every id, in id order. */
  int[] counts() {
    return Arrays.copyOf(counts, size);
  }

  /** The value of an id (for tests and messages; the table itself never builds strings). */
  String value(int id) {
    long w = where[id];
    return new String(pages.get((int) (w >>> 32)), (int) w, lengths[id]);
  }

  /** The id of a value, added when new; its hash is {@link String#hashCode}. */
  int id(String s) {
    return id(s, s.hashCode());
  }

  /** The id of a value whose {@link String#hashCode} is known. */
  int id(String s, int h) {
    int mask = slots.length - 1;
    int i = (h * GOLDEN) >>> shift;
    int length = s.length();
    for (int e = slots[i]; e != 0; e = slots[i]) {
      int id = e - 1;
      if (hashes[id] == h && lengths[id] == length && sameLetters(id, s)) {
        counts[id]++;
        return id;
      }
      i = (i + 1) & mask;
    }
    return add(s, h, i);
  }

  /**
   * The id of a value given as its chars, added when new; {@code h} is {@link #hash} of them, which
   * is {@link String#hashCode} of the same chars: a value gets the same id either way.
   */
  int id(char[] s, int h) {
    int mask = slots.length - 1;
    int i = (h * GOLDEN) >>> shift;
    for (int e = slots[i]; e != 0; e = slots[i]) {
      int id = e - 1;
      if (hashes[id] == h && lengths[id] == s.length && sameLetters(id, s)) {
        counts[id]++;
        return id;
      }
      i = (i + 1) & mask;
    }
    return add(s, h, i);
  }

  /** {@link String#hashCode} of the string these chars would make, without making it. */
  static int hash(char[] s) {
    int h = 0;
    for (char c : s) {
      h = 31 * h + c;
    }
    return h;
  }

  private boolean sameLetters(int id, char[] s) {
    long w = where[id];
    char[] p = pages.get((int) (w >>> 32));
    return Arrays.equals(p, (int) w, (int) w + s.length, s, 0, s.length);
  }

  private boolean sameLetters(int id, String s) {
    long w = where[id];
    char[] p = pages.get((int) (w >>> 32));
    int from = (int) w;
    for (int k = 0; k < lengths[id]; k++) {
      if (p[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int add(String s, int h, int slot) {
    int at = reserve(s.length(), h, slot);
    s.getChars(0, s.length(), page, at);
    return size - 1;
  }

  private int add(char[] s, int h, int slot) {
    int at = reserve(s.length, h, slot);
    System.arraycopy(s, 0, page, at, s.length);
    return size - 1;
  }

  /** Records a new id of {@code length} letters and returns where in {@link #page} they go. */
  private int reserve(int length, int h, int slot) {
    int id = size;
    if (id == counts.length) {
      throw new IllegalStateException(
          "more than the " + counts.length + " distinct values this table was sized for");
    }
    size++;
    if (page == null || pageUsed + length > page.length) {
      page = new char[Math.max(pageSize, length)];
      pages.add(page);
      pageUsed = 0;
    }
    int at = pageUsed;
    where[id] = ((long) (pages.size() - 1) << 32) | at;
    pageUsed += length;
    lengths[id] = length;
    hashes[id] = h;
    counts[id] = 1;
    slots[slot] = id + 1;
    return at;
  }

  /**
   * Values given as chars to intern in order, with their hashes: computed where the values are
   * made, in parallel, as {@link Interner.Batch} does for strings.
   */
  static final class Letters {
    private final char[][] values;
    private final int[] hashes;

    Letters(int size) {
      values = new char[size][];
      hashes = new int[size];
    }

    /** Sets value i (null for none); filled from several threads, each i once. */
    void set(int i, char[] value) {
      values[i] = value;
      hashes[i] = value == null ? 0 : hash(value);
    }
  }

  /** The ids of a batch's values in order, -1 for null ones. */
  int[] ids(Letters batch) {
    int[] out = new int[batch.values.length];
    for (int i = 0; i < out.length; i++) {
      char[] v = batch.values[i];
      out[i] = v == null ? -1 : id(v, batch.hashes[i]);
    }
    return out;
  }

  /** The ids of a batch's values in order, -1 for null ones. */
  int[] ids(Interner.Batch batch) {
    int[] out = new int[batch.size()];
    for (int i = 0; i < out.length; i++) {
      String v = batch.value(i);
      out[i] = v == null ? -1 : id(v, batch.hash(i));
    }
    return out;
  }
}
