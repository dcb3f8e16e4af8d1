package org.sijil.app.imports;

import java.util.Arrays;
import java.util.Set;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.core.integrity.Hashes;

/**
 * What the log needs of each accepted row until the release's {@code record-version} entries are
 * planned: its number, key and content hash, in flat arrays (about 40 bytes and the key per row)
 * rather than an object per row.
 */
final class AcceptedRows {

  private static final int H = Hashes.SIZE;

  private long[] rows = new long[1024];
  private String[] keys = new String[1024];
  private byte[] contents = new byte[1024 * H];
  private int size;

  void add(long row, String key, byte[] content) {
    if (size == rows.length) {
      int n = size * 2;
      rows = Arrays.copyOf(rows, n);
      keys = Arrays.copyOf(keys, n);
      contents = Arrays.copyOf(contents, n * H);
    }
    rows[size] = row;
    keys[size] = key;
    System.arraycopy(content, 0, contents, size * H, H);
    size++;
  }

  int size() {
    return size;
  }

  long row(int i) {
    return rows[i];
  }

  String key(int i) {
    return keys[i];
  }

  byte[] content(int i) {
    return Arrays.copyOfRange(contents, i * H, i * H + H);
  }

  /** The keys listed more than once. */
  Set<String> repeatedKeys() {
    return RecordVersions.repeatedKeys(keys, size);
  }
}
