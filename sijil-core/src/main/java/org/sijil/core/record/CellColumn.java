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
    int len = utf8Length(text);
    if (len < 0) {
      appendWithSurrogates(text);
      return;
    }
    // Written straight into the page: a million names would otherwise each allocate their bytes
    // (String.getBytes sizes its array for the worst case, then copies it to the exact length).
    placeInPage(len);
    long position = ((long) (pages.size() - 1) << 32) | used;
    used = writeLength(len, page, used);
    for (int i = 0; i < text.length(); i++) {
      used = writeUtf8(text.charAt(i), page, used);
    }
    at[size++] = position;
  }

  /** A text with a surrogate: as UTF-8 when that gives it back, else kept as it is. */
  private void appendWithSurrogates(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (!new String(utf8, StandardCharsets.UTF_8).equals(text)) {
      verbatim.put(size, text);
      at[size++] = -1;
      return;
    }
    placeInPage(utf8.length);
    long position = ((long) (pages.size() - 1) << 32) | used;
    used = writeLength(utf8.length, page, used);
    System.arraycopy(utf8, 0, page, used, utf8.length);
    used += utf8.length;
    at[size++] = position;
  }

  /**
   * Makes room for a text of {@code len} bytes and its length. A full page is kept as it is: its
   * unused tail is shorter than the text that did not fit, and trimming it copied the whole page.
   */
  private void placeInPage(int len) {
    int need = len + 5;
    if (page == null || used + need > page.length) {
      page = new byte[Math.max(PAGE, need)];
      pages.add(page);
      used = 0;
    }
  }

  /** The text's length in UTF-8, or -1 when it holds a surrogate (written the JDK's way). */
  private static int utf8Length(String text) {
    int len = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        len++;
      } else if (c < 0x800) {
        len += 2;
      } else if (Character.isSurrogate(c)) {
        return -1;
      } else {
        len += 3;
      }
    }
    return len;
  }

  /** Writes {@code len} as a varint at {@code at}; returns the position after it. */
  private static int writeLength(int len, byte[] page, int at) {
    while (len >= 0x80) {
      page[at++] = (byte) (len | 0x80);
      len >>>= 7;
    }
    page[at++] = (byte) len;
    return at;
  }

  /** Writes a char that is not a surrogate as UTF-8; returns the position after it. */
  private static int writeUtf8(char c, byte[] page, int at) {
    if (c < 0x80) {
      page[at++] = (byte) c;
    } else if (c < 0x800) {
      page[at++] = (byte) (0xC0 | (c >> 6));
      page[at++] = (byte) (0x80 | (c & 0x3F));
    } else {
      page[at++] = (byte) (0xE0 | (c >> 12));
      page[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      page[at++] = (byte) (0x80 | (c & 0x3F));
    }
    return at;
  }
}
