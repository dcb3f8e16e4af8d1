package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Maps strings to dense ints, in order of first appearance, while a column is built; counts
 * occurrences for term frequencies. A column interns millions of values, so this is an
 * open-addressing table over int arrays (no boxed ids, no entry objects) that compares the stored
 * hash before the letters: a lookup touches a slot, a hash and, only on a likely match, a string.
 */
final class Interner {

  /** Fibonacci hashing: spreads {@link String#hashCode} over the slot bits. */
  private static final int GOLDEN = 0x9E3779B9;

  private String[] values = new String[1024];
  private int[] hashes = new int[1024];
  private int[] counts = new int[1024];
  /** id + 1 of the value in each slot, 0 when empty; a power of two, at most half full. */
  private int[] slots = new int[2048];
  private int shift = 32 - 11;
  private int size;

  /** The ids of a whole column of values (-1 for null), and how often each id occurs. */
  record Interned(int[] ids, int[] counts) {
    int count(int id) {
      return counts[id];
    }
  }

  int id(String s) {
    return id(s, s.hashCode());
  }

  int count(int id) {
    return counts[id];
  }

  /** {@link #id(String)} of a value whose hash is known. */
  private int id(String s, int h) {
    int mask = slots.length - 1;
    int i = (h * GOLDEN) >>> shift;
    for (int e = slots[i]; e != 0; e = slots[i]) {
      int id = e - 1;
      if (hashes[id] == h && values[id].equals(s)) {
        counts[id]++;
        return id;
      }
      i = (i + 1) & mask;
    }
    int id = size++;
    if (id == values.length) {
      values = Arrays.copyOf(values, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
      counts = Arrays.copyOf(counts, id * 2);
    }
    values[id] = s;
    hashes[id] = h;
    counts[id] = 1;
    slots[i] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int i = (hashes[id] * GOLDEN) >>> shift;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = id + 1;
    }
  }

  /**
   * Interns every value of {@code values} in order (null ones get id -1). The hashes, which
   * touch every letter, are computed in parallel first; the lookups then only touch the letters
   * of values whose hashes match, and none at all when equal values are one string.
   */
  static Interned all(String[] values) {
    int n = values.length;
    int[] hash = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> hash[i] = values[i] == null ? 0 : values[i].hashCode());
    Interner in = new Interner();
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = values[i] == null ? -1 : in.id(values[i], hash[i]);
    }
    return new Interned(ids, Arrays.copyOf(in.counts, in.size));
  }
}
