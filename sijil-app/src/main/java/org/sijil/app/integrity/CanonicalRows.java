package org.sijil.app.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.text.Utf8;

/**
 * The canonical bytes of a stored row, whose leaf hashes make a release's rows root. Rules (version
 * {@value #HEADER}):
 *
 * <ul>
 *   <li>the first line is {@value #HEADER}, the second {@code row N} (the 1-based data row);
 *   <li>then {@code cells K} and one line per cell, {@code cell} with its value;
 *   <li>an accepted row then has the parsed record as stored, one line per field in a fixed order
 *       ({@code id name-ar name-en age dob sex source dod place}); a rejected row has {@code
 *       reason};
 *   <li>a value is written {@code NAME SP LEN SP VALUE LF} with LEN its decimal UTF-8 byte count
 *       (so any character, newlines included, is unambiguous; as in log entries), an absent value
 *       {@code NAME SP -}; ages are {@code years.months.days}, dates ISO-8601, sex {@code m} or
 *       {@code f}.
 * </ul>
 */
public final class CanonicalRows {

  /** The first line of every canonical row. */
  public static final String HEADER = "sijil-row/v1";

  private CanonicalRows() {}

  /** An imported row: its cells verbatim and the record parsed from them, as stored. */
  public static byte[] accepted(List<String> cells, CasualtyRecord r) {
    return new Encoder().accepted(cells, r);
  }

  /** A rejected row: its cells verbatim and the reason. */
  public static byte[] rejected(long row, List<String> cells, String reason) {
    return new Encoder().rejected(row, cells, reason);
  }

  /**
   * Encodes rows one after another into one reused buffer (an import's hot path: no per-line
   * strings); the bytes are those of {@link #accepted} and {@link #rejected}. Not thread-safe.
   */
  public static final class Encoder {

    private static final byte[] HEADER_LINE = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW = ascii("row ");
    private static final byte[] CELLS = ascii("cells ");
    private static final byte[] CELL = ascii("cell");
    private static final byte[] ID = ascii("id");
    private static final byte[] NAME_AR = ascii("name-ar");
    private static final byte[] NAME_EN = ascii("name-en");
    private static final byte[] AGE = ascii("age");
    private static final byte[] DOB = ascii("dob");
    private static final byte[] SEX = ascii("sex");
    private static final byte[] SOURCE = ascii("source");
    private static final byte[] DOD = ascii("dod");
    private static final byte[] PLACE = ascii("place");
    private static final byte[] REASON = ascii("reason");

    /** Room for a long's decimal digits and sign. */
    private static final int LONG_DIGITS = 20;

    private byte[] buffer = new byte[512];
    private int length;

    /** {@link CanonicalRows#accepted}, a new array each call. */
    public byte[] accepted(List<String> cells, CasualtyRecord r) {
      start(r.row(), cells);
      line(ID, r.id());
      line(NAME_AR, r.nameAr());
      line(NAME_EN, r.nameEn());
      line(
          AGE,
          r.age() == null ? null : r.age().years() + "." + r.age().months() + "." + r.age().days());
      line(DOB, r.dob() == null ? null : r.dob().toString());
      line(SEX, r.sex() == null ? null : r.sex().code());
      line(SOURCE, r.source());
      line(DOD, r.dod() == null ? null : r.dod().toString());
      line(PLACE, r.place());
      return Arrays.copyOf(buffer, length);
    }

    /** {@link CanonicalRows#rejected}, a new array each call. */
    public byte[] rejected(long row, List<String> cells, String reason) {
      start(row, cells);
      line(REASON, reason);
      return Arrays.copyOf(buffer, length);
    }

    private void start(long row, List<String> cells) {
      length = 0;
      append(HEADER_LINE);
      append(ROW);
      number(row);
      put((byte) '\n');
      append(CELLS);
      number(cells.size());
      put((byte) '\n');
      for (int i = 0; i < cells.size(); i++) {
        line(CELL, cells.get(i));
      }
    }

    /** {@code NAME SP LEN SP VALUE LF}, or {@code NAME SP - LF} for an absent value. */
    private void line(byte[] name, String value) {
      append(name);
      put((byte) ' ');
      if (value == null) {
        put((byte) '-');
      } else {
        number(Utf8.length(value));
        put((byte) ' ');
        ensure(value.length() * Utf8.MAX_BYTES_PER_CHAR);
        length = Utf8.encode(value, buffer, length);
      }
      put((byte) '\n');
    }

    /** The decimal digits of {@code n}, as {@code Long.toString} writes them. */
    private void number(long n) {
      if (n < 0) {
        append(ascii(Long.toString(n)));
        return;
      }
      ensure(LONG_DIGITS);
      int end = length + digits(n);
      int i = end;
      do {
        buffer[--i] = (byte) ('0' + n % 10);
        n /= 10;
      } while (n > 0);
      length = end;
    }

    private static int digits(long n) {
      int d = 1;
      while (n >= 10) {
        n /= 10;
        d++;
      }
      return d;
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

    private static byte[] ascii(String s) {
      return s.getBytes(StandardCharsets.US_ASCII);
    }
  }
}
