package org.sijil.core.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of non-null texts, stored compactly. While it has few distinct values (places, sexes,
 * dates as written) it is a dictionary: each text once, a two-byte code per row. Past {@value
 * #DICTIONARY_LIMIT} distinct values (names, ids) it becomes UTF-8 bytes in shared pages with one
 * position per row, so a row's text costs its bytes and not a String's object headers. A text that
 * UTF-8 cannot carry (a lone surrogate) is kept as it is. Append-only; read-only once built.
 */
final class CellColumn {

  /** Distinct values a column keeps as a dictionary before it stores bytes instead. */
  static final int DICTIONARY_LIMIT = 1 << 16;

  /** Bytes per page of a byte column; a longer text gets a page of its own. */
  static final int PAGE = 1 << 20;

  private Map<String, Integer> ids = new HashMap<>();
  private List<String> values = new ArrayList<>();
  private Codes codes = new Codes();

  private List<byte[]> pages;
  private byte[] page;
  private int used;

  /** Per row once bytes: page index in the high 32 bits, offset in the page in the low. */
  private long[] at;

  /** Texts UTF-8 would change, by row. */
  private final Map<Integer, String> verbatim = new HashMap<>();

  private int size;

  void add(String text) {
    if (pages == null) {
      Integer id = ids.get(text);
      if (id == null && values.size() < DICTIONARY_LIMIT) {
        id = values.size();
        values.add(text);
        ids.put(text, id);
      }
      if (id != null) {
        codes.add(id);
        size++;
        return;
      }
      toBytes();
    }
    append(text);
  }

  String get(int row) {
    if (pages == null) {
      return values.get(codes.get(row));
    }
    long p = at[row];
    if (p < 0) {
      return verbatim.get(row);
    }
    byte[] b = pages.get((int) (p >>> 32));
    int off = (int) p;
    int len = 0;
    int shift = 0;
    int x;
    do {
      x = b[off++];
      len |= (x & 0x7F) << shift;
      shift += 7;
    } while (x < 0);
    return new String(b, off, len, StandardCharsets.UTF_8);
  }

  int size() {
    return size;
  }

  /** Whether the column has become bytes (too many distinct values for a dictionary). */
  boolean isBytes() {
    return pages != null;
  }

  /** Ends building: drops spare capacity and what only building needs. */
  void trim() {
    ids = null;
    if (pages == null) {
      codes.trim();
      ((ArrayList<String>) values).trimToSize();
    } else {
      at = Arrays.copyOf(at, size);
      if (page != null && used < page.length) {
        pages.set(pages.size() - 1, Arrays.copyOf(page, used));
      }
      page = null;
    }
  }

  /** Re-stores the rows so far as bytes and drops the dictionary. */
  private void toBytes() {
    pages = new ArrayList<>();
    at = new long[Math.max(1024, Codes.grown(size))];
    int n = size;
    size = 0;
    for (int i = 0; i < n; i++) {
      append(values.get(codes.get(i)));
    }
    ids = null;
    values = null;
    codes = null;
  }

  private void append(String text) {
    if (size == at.length) {
      at = Arrays.copyOf(at, Codes.grown(size));
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (hasSurrogate(text) && !new String(utf8, StandardCharsets.UTF_8).equals(text)) {
      verbatim.put(size, text);
      at[size++] = -1;
      return;
    }
    int need = utf8.length + 5;
    if (page == null || used + need > page.length) {
      if (page != null && used < page.length) {
        pages.set(pages.size() - 1, Arrays.copyOf(page, used));
      }
      page = new byte[Math.max(PAGE, need)];
      pages.add(page);
      used = 0;
    }
    long position = ((long) (pages.size() - 1) << 32) | used;
    int len = utf8.length;
    while (len >= 0x80) {
      page[used++] = (byte) (len | 0x80);
      len >>>= 7;
    }
    page[used++] = (byte) len;
    System.arraycopy(utf8, 0, page, used, utf8.length);
    used += utf8.length;
    at[size++] = position;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
