package org.sijil.core.record;

/**
 * A map from long keys to positive codes, open-addressed in two primitive arrays: the look-up of a
 * dictionary column whose values have a long key (dates by epoch day). {@code LocalDate}'s own hash
 * put the 30,892 distinct birth dates of a million-row list in 12,254 of 65,536 buckets of a {@code
 * HashMap}, whose look-ups then walked chains and tree bins; a multiplied key spreads them evenly
 * and boxes nothing.
 */
final class LongCodes {

  private long[] keys = new long[64];

  /** The code at each slot; 0 marks an empty slot (codes are positive). */
  private int[] codes = new int[64];

  private int size;

  /** The code of {@code key}, or 0 when it has none. */
  int get(long key) {
    int mask = codes.length - 1;
    for (int slot = slot(key, mask); codes[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return codes[slot];
      }
    }
    return 0;
  }

  /** Gives {@code key} the code {@code code} (positive), which it must not have yet. */
  void put(long key, int code) {
    if (code <= 0) {
      throw new IllegalArgumentException("codes are positive: " + code);
    }
    if (2 * (size + 1) > codes.length) {
      grow();
    }
    place(key, code);
    size++;
  }

  private void place(long key, int code) {
    int mask = codes.length - 1;
    int slot = slot(key, mask);
    while (codes[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    codes[slot] = code;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCodes = codes;
    keys = new long[oldKeys.length * 2];
    codes = new int[oldCodes.length * 2];
    for (int i = 0; i < oldCodes.length; i++) {
      if (oldCodes[i] != 0) {
        place(oldKeys[i], oldCodes[i]);
      }
    }
  }

  /** The key times 2^64 / φ, its high half folded onto the low: neighbouring keys spread. */
  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
