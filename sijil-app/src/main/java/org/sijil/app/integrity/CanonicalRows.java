package org.sijil.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
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
 */
public final class CanonicalRows {

  /** The first line of every canonical row. */
  public static final String HEADER = "sijil-row/v1";

  /** The first line of every canonical parsed record ({@link #record}). */
  public static final String RECORD_HEADER = "sijil-record/v1";

  private CanonicalRows() {}

  /** An imported row: its cells verbatim and the record parsed from them, as stored. */
  public static byte[] accepted(List<String> cells, CasualtyRecord r) {
    Writer w = start(r.row(), cells);
    fields(w, r);
    return w.bytes();
  }

  /**
   * The parsed record alone ({@value #RECORD_HEADER}), what a {@code record-version} entry hashes:
   * the header line, then the record's fields exactly as {@link #accepted} writes them. No row
   * number and no cells, so the same record at another row, with its cells written another way
   * ({@code 43} or {@code 43.0}) or with other unmapped columns has the same bytes.
   */
  public static byte[] record(CasualtyRecord r) {
    Writer w = new Writer();
    w.raw(RECORD_HEADER);
    fields(w, r);
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

  private static void fields(Writer w, CasualtyRecord r) {
    w.line("id", r.id());
    w.line("name-ar", r.nameAr());
    w.line("name-en", r.nameEn());
    w.line(
        "age",
        r.age() == null ? null : r.age().years() + "." + r.age().months() + "." + r.age().days());
    w.line("dob", r.dob() == null ? null : r.dob().toString());
    w.line("sex", r.sex() == null ? null : r.sex().code());
    w.line("source", r.source());
    w.line("dod", r.dod() == null ? null : r.dod().toString());
    w.line("place", r.place());
  }

  /** A rejected row: its cells verbatim and the reason. */
  public static byte[] rejected(long row, List<String> cells, String reason) {
    Writer w = start(row, cells);
    w.line("reason", reason);
    return w.bytes();
  }

  private static Writer start(long row, List<String> cells) {
    Writer w = new Writer();
    w.raw(HEADER);
    w.raw("row " + row);
    w.raw("cells " + cells.size());
    cells.forEach(c -> w.line("cell", c));
    return w;
  }

  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void raw(String line) {
      out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void line(String name, String value) {
      if (value == null) {
        raw(name + " -");
        return;
      }
      byte[] v = value.getBytes(StandardCharsets.UTF_8);
      out.writeBytes((name + " " + v.length + " ").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(v);
      out.write('\n');
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
