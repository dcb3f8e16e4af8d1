package org.sijil.core.record;

import java.util.Arrays;

/**
 * The distinct texts of a dictionary column and their codes (0, 1, 2, … in order of first
 * appearance), looked up open-addressed in two primitive arrays. Reading a million-row list looked
 * up every cell of every column in a {@code HashMap<String, Integer>}: a third of the read's CPU
 * samples were its look-ups, each following a node, then the key, to compare; here a slot holds the
 * text's hash beside its code, so only a text with the same hash is compared, and nothing is boxed
 * or allocated per distinct text but the text itself.
 */
final class TextCodes {

  private String[] texts = new String[16];

  /** The code plus one at each slot; 0 marks an empty slot. */
  private int[] slots = new int[32];

  /** The hash of the text at each slot. */
  private int[] hashes = new int[32];

  private int size;

  /** The code of {@code text}, or -1 when it has none. */
  int code(String text) {
    int h = text.hashCode();
    int mask = slots.length - 1;
    for (int slot = slot(h, mask); slots[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && texts[slots[slot] - 1].equals(text)) {
        return slots[slot] - 1;
      }
    }
    return -1;
  }

  /** Gives {@code text}, which must not have a code yet, the next code and returns it. */
  int add(String text) {
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, Codes.grown(size));
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    texts[size] = text;
    place(text.hashCode(), size + 1);
    return size++;
  }

  /** The text of {@code code}. */
  String text(int code) {
    if (code >= size) {
      throw new IndexOutOfBoundsException("code " + code + " of " + size);
    }
    return texts[code];
  }

  int size() {
    return size;
  }

  /** Drops the look-up and the spare capacity: only {@link #text} is asked from here on. */
  void trim() {
    texts = Arrays.copyOf(texts, size);
    slots = null;
    hashes = null;
  }

  private void place(int hash, int codePlusOne) {
    int mask = slots.length - 1;
    int slot = slot(hash, mask);
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = codePlusOne;
    hashes[slot] = hash;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldHashes.length * 2];
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        place(oldHashes[i], oldSlots[i]);
      }
    }
  }

  /** The hash times 2^32 / φ: String's hashes of texts that differ in their last char spread. */
  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
