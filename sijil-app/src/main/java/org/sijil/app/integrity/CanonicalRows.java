package org.sijil.app.integrity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;

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
 *
 * <p>An instance writes the rows into one reused buffer and hashes them with one reused digest: an
 * import hashes every row, and building a fresh array, digest and concatenated strings per row was
 * the largest share of its main thread. Not thread-safe; the static methods are.
 */
public final class CanonicalRows {

  /** The first line of every canonical row. */
  public static final String HEADER = "sijil-row/v1";

  /** The first line of every canonical parsed record ({@link #record}). */
  public static final String RECORD_HEADER = "sijil-record/v1";

  private static final byte[] RECORD_HEADER_LINE = ascii(RECORD_HEADER + "\n");
  private static final byte[] HEADER_LINE = ascii(HEADER + "\nrow ");
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

  private static final byte[] DATE_LENGTH = ascii(" 10 ");

  private MessageDigest digest; // made at the first hash: the static methods never need one
  private CharsetEncoder encoder; // made at the first value, as the digest
  private CharBuffer chars = CharBuffer.allocate(0);
  private ByteBuffer encoded = ByteBuffer.allocate(0);
  private byte[] buf = new byte[512];
  private int len;

  /** An imported row: its cells verbatim and the record parsed from them, as stored. */
  public static byte[] accepted(List<String> cells, CasualtyRecord r) {
    return new CanonicalRows().writeAccepted(cells, r).bytes();
  }

  /**
   * The parsed record alone ({@value #RECORD_HEADER}), what a {@code record-version} entry hashes:
   * the header line, then the record's fields exactly as {@link #accepted} writes them. No row
   * number and no cells, so the same record at another row, with its cells written another way
   * ({@code 43} or {@code 43.0}) or with other unmapped columns has the same bytes.
   */
  public static byte[] record(CasualtyRecord r) {
    CanonicalRows w = new CanonicalRows();
    w.put(RECORD_HEADER_LINE);
    w.fields(r);
    return w.bytes();
  }

  /**
   * Whether {@code a} and {@code b} have the same {@link #record} bytes (without encoding them).
   */
  public static boolean sameRecord(CasualtyRecord a, CasualtyRecord b) {
    return Objects.equals(a.id(), b.id())
        && Objects.equals(a.nameAr(), b.nameAr())
        && Objects.equals(a.nameEn(), b.nameEn())
        && Objects.equals(a.age(), b.age())
        && Objects.equals(a.dob(), b.dob())
        && a.sex() == b.sex()
        && Objects.equals(a.source(), b.source())
        && Objects.equals(a.dod(), b.dod())
        && Objects.equals(a.place(), b.place());
  }

  /** A rejected row: its cells verbatim and the reason. */
  public static byte[] rejected(long row, List<String> cells, String reason) {
    return new CanonicalRows().writeRejected(row, cells, reason).bytes();
  }

  /** The leaf hash ({@link Hashes#leafHash(byte[])}) of {@link #accepted}'s bytes. */
  public byte[] acceptedLeaf(List<String> cells, CasualtyRecord r) {
    return writeAccepted(cells, r).leaf();
  }

  /** The leaf hash of {@link #rejected}'s bytes. */
  public byte[] rejectedLeaf(long row, List<String> cells, String reason) {
    return writeRejected(row, cells, reason).leaf();
  }

  private CanonicalRows writeAccepted(List<String> cells, CasualtyRecord r) {
    start(r.row(), cells);
    fields(r);
    return this;
  }

  private void fields(CasualtyRecord r) {
    line(ID, r.id());
    line(NAME_AR, r.nameAr());
    line(NAME_EN, r.nameEn());
    age(r.age());
    date(DOB, r.dob());
    line(SEX, r.sex() == null ? null : r.sex().code());
    line(SOURCE, r.source());
    date(DOD, r.dod());
    line(PLACE, r.place());
  }

  private CanonicalRows writeRejected(long row, List<String> cells, String reason) {
    start(row, cells);
    line(REASON, reason);
    return this;
  }

  private void start(long row, List<String> cells) {
    len = 0;
    put(HEADER_LINE);
    number(row);
    put((byte) '\n');
    put(CELLS);
    number(cells.size());
    put((byte) '\n');
    for (int i = 0; i < cells.size(); i++) {
      line(CELL, cells.get(i));
    }
  }

  /** {@code age LEN Y.M.D}, written without building the text (LEN is its ASCII length). */
  private void age(Age a) {
    if (a == null) {
      line(AGE, null);
      return;
    }
    put(AGE);
    put((byte) ' ');
    number(digits(a.years()) + digits(a.months()) + digits(a.days()) + 2);
    put((byte) ' ');
    number(a.years());
    put((byte) '.');
    number(a.months());
    put((byte) '.');
    number(a.days());
    put((byte) '\n');
  }

  /**
   * {@code NAME 10 YYYY-MM-DD} as {@link LocalDate#toString} writes a year from 0 to 9999, without
   * building the text; other years through it.
   */
  private void date(byte[] name, LocalDate d) {
    if (d == null || d.getYear() < 0 || d.getYear() > 9999) {
      line(name, d == null ? null : d.toString());
      return;
    }
    put(name);
    put(DATE_LENGTH);
    fixedDigits(d.getYear(), 4);
    put((byte) '-');
    fixedDigits(d.getMonthValue(), 2);
    put((byte) '-');
    fixedDigits(d.getDayOfMonth(), 2);
    put((byte) '\n');
  }

  /** {@code n} (not negative) in exactly {@code width} decimal digits, zero-padded. */
  private void fixedDigits(int n, int width) {
    room(width);
    for (int i = len + width - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    len += width;
  }

  private void line(byte[] name, String value) {
    put(name);
    put((byte) ' ');
    if (value == null) {
      put((byte) '-');
    } else {
      utf8(value);
    }
    put((byte) '\n');
  }

  /**
   * {@code LEN SP VALUE}: the value's UTF-8 bytes as {@link String#getBytes} gives them (a lone
   * surrogate as {@code ?}), encoded through reused buffers: a new array per cell was most of the
   * bytes an import allocates per row.
   */
  private void utf8(String value) {
    int n = value.length();
    if (asciiCopied(value, n)) {
      return;
    }
    if (encoder == null) {
      encoder =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    if (chars.capacity() < n) {
      chars = CharBuffer.allocate(Math.max(n, 256));
      encoded = ByteBuffer.allocate(chars.capacity() * 3);
    }
    value.getChars(0, n, chars.array(), 0);
    chars.clear().limit(n);
    encoded.clear();
    encoder.reset();
    encoder.encode(chars, encoded, true);
    encoder.flush(encoded);
    int bytes = encoded.position();
    number(bytes);
    put((byte) ' ');
    room(bytes);
    System.arraycopy(encoded.array(), 0, buf, len, bytes);
    len += bytes;
  }

  /**
   * {@code LEN SP VALUE} when every char of {@code value} is ASCII (ids, numbers, dates and Latin
   * names, most values of a row), whose UTF-8 bytes are its chars: one pass, copying as it checks;
   * else nothing is written and the encoder does it.
   */
  private boolean asciiCopied(String value, int n) {
    int start = len;
    number(n);
    put((byte) ' ');
    room(n);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        len = start;
        return false;
      }
      buf[len + i] = (byte) c;
    }
    len += n;
    return true;
  }

  private void put(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  private void put(byte b) {
    room(1);
    buf[len++] = b;
  }

  /** A number in decimal ASCII, as {@code Long.toString} writes it (with a sign when negative). */
  private void number(long n) {
    if (n < 0) {
      put(ascii(Long.toString(n)));
      return;
    }
    if (n < 100) {
      smallNumber((int) n); // every value's length: most are one or two digits
      return;
    }
    int d = digits(n);
    room(d);
    for (int i = len + d - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    len += d;
  }

  /** {@link #number} of 0 to 99, without a division loop on a long. */
  private void smallNumber(int n) {
    room(2);
    if (n >= 10) {
      buf[len++] = (byte) ('0' + n / 10);
    }
    buf[len++] = (byte) ('0' + n % 10);
  }

  private static int digits(long n) {
    if (n < 0) {
      return Long.toString(n).length();
    }
    int d = 1;
    for (long power = 10; d < 19 && n >= power; power *= 10) {
      d++; // compared, not divided: called for every value of every row
    }
    return d;
  }

  private void room(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  private byte[] bytes() {
    return Arrays.copyOf(buf, len);
  }

  private byte[] leaf() {
    if (digest == null) {
      digest = Hashes.newDigest();
    }
    digest.reset();
    digest.update(Hashes.LEAF_PREFIX);
    digest.update(buf, 0, len);
    return digest.digest();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
