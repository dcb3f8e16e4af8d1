package org.sijil.search;

/**
 * A 64-bit FNV-1a hash of text as its UTF-8 bytes, fed piece by piece: the same value as hashing
 * {@code String.getBytes(UTF_8)} of the pieces joined, without building the joined text or its
 * bytes (a million persons' texts were a seventh of what an index build allocated). A lone
 * surrogate counts as {@code ?}, as {@code getBytes} encodes it. One instance per hash, on one
 * thread.
 */
final class Fnv1a {

  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;

  private static final long PRIME = 0x100000001b3L;

  private long hash = OFFSET_BASIS;

  /** The hash of everything added so far. */
  long value() {
    return hash;
  }

  /** Adds {@code text}'s UTF-8 bytes. */
  Fnv1a add(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes(c);
      } else if (c < 0x800) {
        bytes(0xC0 | (c >> 6));
        bytes(0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        bytes(0xF0 | (cp >> 18));
        bytes(0x80 | ((cp >> 12) & 0x3F));
        bytes(0x80 | ((cp >> 6) & 0x3F));
        bytes(0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        bytes('?');
      } else {
        bytes(0xE0 | (c >> 12));
        bytes(0x80 | ((c >> 6) & 0x3F));
        bytes(0x80 | (c & 0x3F));
      }
    }
    return this;
  }

  /** Adds the values separated by {@code separator}, as {@code String.join} would join them. */
  Fnv1a addJoined(char separator, Iterable<String> values) {
    boolean first = true;
    for (String v : values) {
      if (!first) {
        bytes(separator);
      }
      add(v);
      first = false;
    }
    return this;
  }

  /** Adds one ASCII separator. */
  Fnv1a separator(char separator) {
    bytes(separator);
    return this;
  }

  private void bytes(int b) {
    hash ^= b & 0xff;
    hash *= PRIME;
  }
}
