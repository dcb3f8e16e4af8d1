package org.sijil.app.imports;

import java.util.AbstractList;
import java.util.Arrays;
import org.sijil.core.integrity.Hashes;
import org.sijil.store.IntegrityLog;

/**
 * A release's row hashes in two flat arrays (row numbers, then the hashes end to end) instead of
 * one object and one array per row: an import of a million rows keeps them all until its commit,
 * and a million small long-lived objects cost the collector more than the arrays. Read as a list of
 * {@link IntegrityLog.RowHash}, each made when asked for.
 */
final class PackedRowHashes extends AbstractList<IntegrityLog.RowHash> {

  private long[] rows = new long[1024];
  private byte[] hashes = new byte[1024 * Hashes.SIZE];
  private int size;

  /** Adds the hash of the next row (rows come in ascending order). */
  void add(long row, byte[] hash) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2 * Hashes.SIZE);
    }
    rows[size] = row;
    System.arraycopy(
        Hashes.requireHash(hash, "a row hash"), 0, hashes, size * Hashes.SIZE, Hashes.SIZE);
    size++;
  }

  @Override
  public IntegrityLog.RowHash get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return new IntegrityLog.RowHash(rows[index], hashAt(index));
  }

  @Override
  public int size() {
    return size;
  }

  /** The hash of data row {@code row}, found by binary search. */
  byte[] hashOf(long row) {
    int at = Arrays.binarySearch(rows, 0, size, row);
    if (at < 0) {
      throw new IllegalStateException("no row hash for row " + row + " of the release");
    }
    return hashAt(at);
  }

  private byte[] hashAt(int index) {
    return Arrays.copyOfRange(hashes, index * Hashes.SIZE, (index + 1) * Hashes.SIZE);
  }
}
