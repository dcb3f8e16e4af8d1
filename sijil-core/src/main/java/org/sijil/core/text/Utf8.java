package org.sijil.core.text;

/**
 * UTF-8 encoding into a caller's buffer, for hot loops that would otherwise allocate an array per
 * string ({@code String.getBytes} sizes a UTF-16 string's array at three bytes a char and copies it
 * again). The bytes are exactly those of {@code s.getBytes(StandardCharsets.UTF_8)}: a surrogate
 * pair becomes four bytes and an unpaired surrogate the replacement {@code '?'}.
 */
public final class Utf8 {

  /** The most bytes one char takes (a pair of surrogates is two chars, four bytes). */
  public static final int MAX_BYTES_PER_CHAR = 3;

  private Utf8() {}

  /** The number of bytes {@link #encode} writes for {@code s}. */
  public static int length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 2; // two chars, four bytes
        i++;
      } else if (Character.isSurrogate(c)) {
        continue; // '?'
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }

  /**
   * Writes {@code s} at {@code dst[offset]} and returns the offset after it; {@code dst} must have
   * room for {@code s.length() * MAX_BYTES_PER_CHAR} bytes (or {@link #length}).
   */
  public static int encode(String s, byte[] dst, int offset) {
    int n = s.length();
    int p = offset;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        dst[p++] = (byte) c;
      } else if (c < 0x800) {
        dst[p++] = (byte) (0xc0 | (c >> 6));
        dst[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        dst[p++] = (byte) (0xf0 | (cp >> 18));
        dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        dst[p++] = (byte) (0x80 | (cp & 0x3f));
      } else if (Character.isSurrogate(c)) {
        dst[p++] = '?';
      } else {
        dst[p++] = (byte) (0xe0 | (c >> 12));
        dst[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        dst[p++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return p;
  }
}
