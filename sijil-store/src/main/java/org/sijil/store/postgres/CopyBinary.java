package org.sijil.store.postgres;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Rows in {@code COPY}'s binary format ({@code FORMAT binary}), in a buffer reused from chunk to
 * chunk: the server copies each value as it is instead of splitting lines, unescaping and parsing
 * numbers, dates and hex bytes, and the client writes no escapes.
 *
 * <p>Layout (PostgreSQL's documentation of {@code COPY}, "Binary Format"): the 11-byte signature, a
 * 32-bit flags word and a 32-bit header extension length (both 0); per row a 16-bit field count,
 * then per field a 32-bit byte length ({@code -1} for NULL) and the value in the type's send form,
 * all integers big-endian; a 16-bit {@code -1} ends the data.
 *
 * <p>Only exact pairs of a column type and a Java value are written here, each stored exactly as
 * its text form ({@link CopyText}) would store it. Any other pair makes {@link #encode} answer
 * false, and the caller sends that chunk as text, so the stored values never depend on the format.
 */
final class CopyBinary {

  /** The column types with a binary form here, by PostgreSQL's type name ({@code pg_type}). */
  enum Kind {
    INT4,
    INT8,
    FLOAT8,
    BOOL,
    TEXT,
    BYTEA,
    DATE,
    TIMESTAMP;

    /** The kind of {@code typname}, if it has a binary form here. */
    static Optional<Kind> of(String typname) {
      return Optional.ofNullable(
          switch (typname) {
            case "int4" -> INT4;
            case "int8" -> INT8;
            case "float8" -> FLOAT8;
            case "bool" -> BOOL;
            case "varchar", "text" -> TEXT;
            case "bytea" -> BYTEA;
            case "date" -> DATE;
            case "timestamp" -> TIMESTAMP;
            default -> null;
          });
    }
  }

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  /** PostgreSQL's epoch for dates and timestamps: 2000-01-01. */
  private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400L;

  /** Beyond PostgreSQL's timestamps either way (about 294,000 years): the text form's error. */
  private static final long MAX_TIMESTAMP_SECONDS = Long.MAX_VALUE / 1_000_000L - 1;

  private final Kind[] kinds;
  private byte[] buffer;
  private int length;

  /**
   * Text values are encoded by one reused encoder straight into {@link #buffer} (a lone surrogate
   * as {@code ?}, as {@link String#getBytes} writes it): a new array per value was most of what the
   * sending thread allocated.
   */
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);

  private CharBuffer chars = CharBuffer.allocate(256);

  /** A view of {@link #buffer} for the encoder, made again when the buffer grows. */
  private ByteBuffer view;

  CopyBinary(Kind[] kinds, int initialBytes) {
    this.kinds = kinds.clone();
    this.buffer = new byte[initialBytes];
  }

  /**
   * Encodes {@code rows} from the start of the buffer; false when a value has no exact binary form
   * for its column (the buffer is then to be ignored).
   */
  boolean encode(List<Object[]> rows) {
    length = 0;
    append(SIGNATURE);
    putInt(0);
    putInt(0);
    for (Object[] row : rows) {
      if (row.length != kinds.length) {
        return false;
      }
      putShort(row.length);
      for (int i = 0; i < row.length; i++) {
        if (!value(kinds[i], row[i])) {
          return false;
        }
      }
    }
    putShort(-1);
    return true;
  }

  /** The encoded bytes: {@code bytes()[0 .. length())}, valid until the next {@link #encode}. */
  byte[] bytes() {
    return buffer;
  }

  int length() {
    return length;
  }

  private boolean value(Kind kind, Object value) {
    if (value == null) {
      putInt(-1);
      return true;
    }
    return switch (kind) {
      case INT4 -> int4(value);
      case INT8 -> int8(value);
      case FLOAT8 -> float8(value);
      case BOOL -> bool(value);
      case TEXT -> text(value);
      case BYTEA -> bytea(value);
      case DATE -> date(value);
      case TIMESTAMP -> timestamp(value);
    };
  }

  private boolean int4(Object value) {
    if (!(value instanceof Integer || value instanceof Long)) {
      return false;
    }
    long v = ((Number) value).longValue();
    if (v != (int) v) {
      return false;
    }
    putInt(4);
    putInt((int) v);
    return true;
  }

  private boolean int8(Object value) {
    if (!(value instanceof Integer || value instanceof Long)) {
      return false;
    }
    putInt(8);
    putLong(((Number) value).longValue());
    return true;
  }

  /** Doubles only: a float's text form reads back as a different double. */
  private boolean float8(Object value) {
    if (!(value instanceof Double d)) {
      return false;
    }
    putInt(8);
    putLong(Double.doubleToLongBits(d));
    return true;
  }

  private boolean bool(Object value) {
    if (!(value instanceof Boolean b)) {
      return false;
    }
    putInt(1);
    put((byte) (b ? 1 : 0));
    return true;
  }

  /** UTF-8, the connection's client encoding, as the text format sends it. */
  private boolean text(Object value) {
    if (!(value instanceof String s)) {
      return false;
    }
    int n = s.length();
    // A char takes at most 3 bytes in UTF-8 (a surrogate pair 4 for its two, a lone one 1: '?').
    ensure(4 + 3 * n);
    if (chars.capacity() < n) {
      chars = CharBuffer.allocate(Math.max(n, 2 * chars.capacity()));
    }
    s.getChars(0, n, chars.array(), 0);
    chars.clear().limit(n);
    if (view == null || view.array() != buffer) {
      view = ByteBuffer.wrap(buffer);
    }
    int start = length + 4;
    view.clear().position(start);
    utf8.reset();
    utf8.encode(chars, view, true);
    utf8.flush(view);
    int bytes = view.position() - start;
    putInt(bytes);
    length += bytes;
    return true;
  }

  private boolean bytea(Object value) {
    if (!(value instanceof byte[] b)) {
      return false;
    }
    putInt(b.length);
    append(b);
    return true;
  }

  /** Days since 2000-01-01, as a 32-bit integer. */
  private boolean date(Object value) {
    if (!(value instanceof LocalDate d)) {
      return false;
    }
    long days = d.toEpochDay() - EPOCH_DAY_2000;
    if (days != (int) days) {
      return false;
    }
    putInt(4);
    putInt((int) days);
    return true;
  }

  /**
   * Microseconds since 2000-01-01 00:00 of the wall-clock value. A value finer than a microsecond
   * is left to the text form, where the server rounds it.
   */
  private boolean timestamp(Object value) {
    if (!(value instanceof LocalDateTime t) || t.getNano() % 1000 != 0) {
      return false;
    }
    long seconds = t.toEpochSecond(ZoneOffset.UTC) - EPOCH_SECOND_2000;
    if (Math.abs(seconds) > MAX_TIMESTAMP_SECONDS) {
      return false;
    }
    putInt(8);
    putLong(seconds * 1_000_000L + t.getNano() / 1000);
    return true;
  }

  private void put(byte b) {
    ensure(1);
    buffer[length++] = b;
  }

  private void putShort(int v) {
    ensure(2);
    buffer[length++] = (byte) (v >>> 8);
    buffer[length++] = (byte) v;
  }

  private void putInt(int v) {
    ensure(4);
    buffer[length++] = (byte) (v >>> 24);
    buffer[length++] = (byte) (v >>> 16);
    buffer[length++] = (byte) (v >>> 8);
    buffer[length++] = (byte) v;
  }

  private void putLong(long v) {
    putInt((int) (v >>> 32));
    putInt((int) v);
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
