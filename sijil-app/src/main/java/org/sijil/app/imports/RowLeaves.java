package org.sijil.app.imports;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.sijil.core.integrity.Hashes;
import org.sijil.store.IntegrityLog;

/**
 * The leaf hash of every row of a release in row order, in two flat arrays (40 bytes a row rather
 * than an object and an array per row), read as a list of {@link IntegrityLog.RowHash} made on
 * demand when stored.
 */
final class RowLeaves {

  private static final int H = Hashes.SIZE;

  private long[] rows = new long[1024];
  private byte[] leaves = new byte[1024 * H];
  private int size;

  /** Adds a row's leaf; rows come in ascending order. */
  void add(long row, byte[] leaf) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
      leaves = Arrays.copyOf(leaves, size * 2 * H);
    }
    rows[size] = row;
    System.arraycopy(leaf, 0, leaves, size * H, H);
    size++;
  }

  /** The rows and leaves as a list (each element made when read). */
  List<IntegrityLog.RowHash> asList() {
    return new AbstractList<>() {
      @Override
      public IntegrityLog.RowHash get(int i) {
        return new IntegrityLog.RowHash(rows[i], leaf(i));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The leaf of data row {@code row}. */
  byte[] of(long row) {
    int i = Arrays.binarySearch(rows, 0, size, row);
    if (i < 0) {
      throw new IllegalStateException("no row hash for row " + row + " of the release");
    }
    return leaf(i);
  }

  private byte[] leaf(int i) {
    return Arrays.copyOfRange(leaves, i * H, i * H + H);
  }
}
