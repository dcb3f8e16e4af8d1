package org.sijil.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  private CanonicalRows() {}

  /** An imported row: its cells verbatim and the record parsed from them, as stored. */
  public static byte[] accepted(List<String> cells, CasualtyRecord r) {
    Writer w = start(r.row(), cells);
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
    return w.bytes();
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
