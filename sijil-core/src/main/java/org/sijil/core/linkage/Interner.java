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

  private String[] values;
  private int[] hashes;
  private int[] counts;

  /** id + 1 of the value in each slot, 0 when empty; a power of two, at most half full. */
  private int[] slots;

  private int shift;
  private int size;

  /** A table for a few thousand values, grown as needed (e.g. the distinct words of a column). */
  Interner() {
    this(1024);
  }

  /**
   * A table sized for {@code most} values: given the most it can meet (the records of a column), it
   * never grows, so it never holds old and new arrays at once.
   */
  Interner(int most) {
    int capacity = Math.max(16, most);
    values = new String[capacity];
    hashes = new int[capacity];
    counts = new int[capacity];
    int bits = 32 - Integer.numberOfLeadingZeros(2 * capacity - 1);
    slots = new int[1 << bits];
    shift = 32 - bits;
  }

  /** The ids of a whole column of values (-1 for null), and how often each id occurs. */
  record Interned(int[] ids, int[] counts) {
    int count(int id) {
      return counts[id];
    }

    /** Number of distinct non-null values. */
    int distinct() {
      return counts.length;
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
   * Values to intern in order, with their hashes. The hashes, which read every letter, are computed
   * where the values are made, in parallel; interning then reads the letters only of values whose
   * hash matches, and none when equal values are one string.
   */
  static final class Batch {
    private final String[] values;
    private final int[] hashes;

    Batch(int size) {
      values = new String[size];
      hashes = new int[size];
    }

    int size() {
      return values.length;
    }

    String value(int i) {
      return values[i];
    }

    int hash(int i) {
      return hashes[i];
    }

    /** Sets value i (null for none); batches are filled from several threads, each i once. */
    void set(int i, String value) {
      values[i] = value;
      hashes[i] = value == null ? 0 : value.hashCode();
    }
  }

  /** The ids of a batch's values in order, -1 for null ones. */
  int[] ids(Batch batch) {
    int[] out = new int[batch.values.length];
    for (int i = 0; i < out.length; i++) {
      String v = batch.values[i];
      out[i] = v == null ? -1 : id(v, batch.hashes[i]);
    }
    return out;
  }

  /** The ids of strings in order (cheap when their strings have been hashed before). */
  int[] ids(String[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(values[i]);
    }
    return out;
  }

  /** Interns a whole column of values in order (null ones get id -1), hashing in parallel. */
  static Interned all(String[] values) {
    Batch batch = new Batch(values.length);
    IntStream.range(0, values.length).parallel().forEach(i -> batch.set(i, values[i]));
    Interner in = new Interner(values.length);
    return new Interned(in.ids(batch), Arrays.copyOf(in.counts, in.size));
  }
}
