package org.sijil.core.integrity;

/**
 * Where a {@link TransparencyLog} keeps its hashes: one append-only sequence of 32-byte SHA-256
 * hashes, addressed by position (see {@link StoredHashes} for which tree node sits where). The
 * register backends implement this over a table; {@link MemoryHashStore} and {@link FileHashStore}
 * are the in-memory and plain-file implementations.
 *
 * <p>Contract: hashes are never rewritten; {@link #read} of any position below {@link #size()} may
 * run concurrently with one {@link #append}.
 */
public interface HashStore {

  /** The most hashes one {@link #readRange} returns (2 MiB). */
  int MAX_RANGE = 1 << 16;

  /** How many hashes are stored. */
  long size();

  /** The hash at {@code position} ({@code 0 <= position < size()}), 32 bytes. */
  byte[] read(long position);

  /**
   * The {@code count} hashes from {@code from}, back to back ({@code count × 32} bytes): one read
   * where a store can do it in one (a table's range query), one {@link #read} each otherwise.
   */
  default byte[] readRange(long from, int count) {
    checkRange(from, count);
    byte[] out = new byte[count * Hashes.SIZE];
    for (int i = 0; i < count; i++) {
      System.arraycopy(read(from + i), 0, out, i * Hashes.SIZE, Hashes.SIZE);
    }
    return out;
  }

  /**
   * Appends hashes at position {@link #size()}: {@code hashes} holds {@code hashes.length / 32}
   * hashes back to back.
   */
  void append(byte[] hashes);

  /** Makes appended hashes durable (a no-op where nothing is durable). */
  default void sync() {}

  /** Fails unless {@code 0 <= position < size} (for implementations' {@link #read}). */
  static void checkPosition(long position, long size) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException("no stored hash at position " + position + " of " + size);
    }
  }

  /**
   * Fails unless {@code from >= 0} and {@code 1 <= count <= MAX_RANGE} (for {@link #readRange}).
   */
  static void checkRange(long from, int count) {
    if (from < 0 || count < 1 || count > MAX_RANGE) {
      throw new IllegalArgumentException(
          "a range read needs a position >= 0 and 1 to "
              + MAX_RANGE
              + " hashes, not "
              + from
              + " and "
              + count);
    }
  }

  /**
   * Fails unless {@code hashes} holds whole 32-byte hashes (for implementations' {@link #append}).
   */
  static void checkWhole(byte[] hashes) {
    if (hashes.length % Hashes.SIZE != 0) {
      throw new IllegalArgumentException("appended bytes are not whole hashes: " + hashes.length);
    }
  }
}
