package org.sijil.core.record;

import java.util.Arrays;

/**
 * An append-only array of small non-negative codes: two bytes each while every code fits in a
 * {@code char}, four once one does not. Dictionary-encoded columns of millions of rows keep one
 * code per row, so the width is what their memory is.
 */
final class Codes {

  private char[] narrow = new char[1024];
  private int[] wide;
  private int size;

  void add(int code) {
    if (code < 0) {
      throw new IllegalArgumentException("negative code " + code);
    }
    if (wide == null && code > Character.MAX_VALUE) {
      wide = new int[narrow.length];
      for (int i = 0; i < size; i++) {
        wide[i] = narrow[i];
      }
      narrow = null;
    }
    if (wide != null) {
      if (size == wide.length) {
        wide = Arrays.copyOf(wide, grown(size));
      }
      wide[size++] = code;
    } else {
      if (size == narrow.length) {
        narrow = Arrays.copyOf(narrow, grown(size));
      }
      narrow[size++] = (char) code;
    }
  }

  int get(int i) {
    return wide != null ? wide[i] : narrow[i];
  }

  int size() {
    return size;
  }

  /** Drops the spare capacity once the last code is added. */
  void trim() {
    if (wide != null) {
      wide = Arrays.copyOf(wide, size);
    } else {
      narrow = Arrays.copyOf(narrow, size);
    }
  }

  static int grown(int size) {
    long next = Math.max(16L, size + (long) (size >> 1));
    if (next > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("more than " + size + " values in one column");
    }
    return (int) next;
  }
}
