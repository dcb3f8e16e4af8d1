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

  /** How many hashes are stored. */
  long size();

  /** The hash at {@code position} ({@code 0 <= position < size()}), 32 bytes. */
  byte[] read(long position);

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
   * Fails unless {@code hashes} holds whole 32-byte hashes (for implementations' {@link #append}).
   */
  static void checkWhole(byte[] hashes) {
    if (hashes.length % Hashes.SIZE != 0) {
      throw new IllegalArgumentException("appended bytes are not whole hashes: " + hashes.length);
    }
  }
}
