package org.sijil.store.postgres;

import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in {@code COPY}'s text format, encoded straight into UTF-8 bytes (the connection's client
 * encoding), in a buffer reused from chunk to chunk.
 *
 * <p>Rules: columns are separated by a tab, rows end with a newline, {@code \N} is NULL, and a
 * backslash, tab, newline or carriage return inside a value is escaped with a backslash. These four
 * are ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte letter, so escaping the encoded
 * bytes is the same as escaping the characters. Values are those {@link
 * org.sijil.store.RegisterTables} carries: numbers as Java writes them (PostgreSQL reads back the
 * same double), booleans as {@code t}/{@code f}, a date or timestamp as its ISO wall-clock value,
 * bytes in {@code bytea}'s hex form.
 */
final class CopyText {

  private static final byte[] NULL = {'\\', 'N'};

  private static final byte[] HEX_PREFIX = {'\\', '\\', 'x'};

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] buffer;
  private int length;

  CopyText(int initialBytes) {
    buffer = new byte[initialBytes];
  }

  /** Encodes {@code rows} from the start of the buffer; the bytes are {@link #bytes()}. */
  CopyText encode(List<Object[]> rows) {
    length = 0;
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          put((byte) '\t');
        }
        value(row[i]);
      }
      put((byte) '\n');
    }
    return this;
  }

  /** The encoded bytes: {@code bytes()[0 .. length())}, valid until the next {@link #encode}. */
  byte[] bytes() {
    return buffer;
  }

  int length() {
    return length;
  }

  private void value(Object value) {
    if (value == null) {
      append(NULL);
    } else if (value instanceof String s) {
      text(s);
    } else if (value instanceof byte[] b) {
      hex(b);
    } else if (value instanceof Boolean b) {
      put((byte) (b ? 't' : 'f'));
    } else if (value instanceof Number || value instanceof Temporal) {
      // digits, signs, letters, '-', ':', '.' and 'T': ASCII, nothing to escape
      append(value.toString().getBytes(StandardCharsets.US_ASCII));
    } else {
      text(value.toString());
    }
  }

  private void text(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length * 2);
    byte[] b = buffer;
    int n = length;
    for (byte c : utf8) {
      switch (c) {
        case '\\' -> {
          b[n++] = '\\';
          b[n++] = '\\';
        }
        case '\t' -> {
          b[n++] = '\\';
          b[n++] = 't';
        }
        case '\n' -> {
          b[n++] = '\\';
          b[n++] = 'n';
        }
        case '\r' -> {
          b[n++] = '\\';
          b[n++] = 'r';
        }
        default -> b[n++] = c;
      }
    }
    length = n;
  }

  /** A {@code bytea} value in its hex form ({@code \\x} then two digits a byte, escaped). */
  private void hex(byte[] value) {
    append(HEX_PREFIX);
    ensure(value.length * 2);
    for (byte v : value) {
      buffer[length++] = HEX_DIGITS[(v >> 4) & 0xf];
      buffer[length++] = HEX_DIGITS[v & 0xf];
    }
  }

  private void put(byte b) {
    ensure(1);
    buffer[length++] = b;
  }

  private void append(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
