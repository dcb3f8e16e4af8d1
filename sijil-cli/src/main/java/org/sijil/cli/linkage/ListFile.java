package org.sijil.cli.linkage;

import java.nio.file.Path;
import java.util.List;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.CompactRecords;
import org.sijil.ingest.Layout;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadOptions;
import org.sijil.ingest.ReadRow;

/**
 * Reads a list file into canonical records for the linkage commands, with the shared reader. The
 * records are held column by column ({@link CompactRecords}): a list of ten million records fits in
 * a few GB where records with their cells as strings would not.
 */
final class ListFile {

  private ListFile() {}

  /** The parsed records in file order; rejected rows are counted in {@code rejected[0]}. */
  static List<CasualtyRecord> read(Path file, ReadOptions options, long[] rejected) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new org.sijil.core.UserError("no such file: " + file);
    }
    CompactRecords.Builder out = CompactRecords.builder();
    try (ListRead in = ListReader.open(file, options).readingAhead()) {
      columnsOf(in.layout(), out);
      while (in.hasNext()) {
        ReadRow r = in.next();
        if (r.isRejected()) {
          rejected[0]++;
        } else {
          out.add(r.record());
        }
      }
    }
    return out.build();
  }

  /**
   * Tells the records the column each canonical text comes from, when its header is unique (the
   * records find it themselves otherwise).
   */
  private static void columnsOf(Layout layout, CompactRecords.Builder out) {
    List<String> headers = layout.headers();
    layout
        .mapping()
        .forEach(
            (key, header) -> {
              int at = headers.indexOf(header);
              if (at >= 0 && at == headers.lastIndexOf(header)) {
                CanonicalField.byKey(key).ifPresent(f -> out.column(f, at));
              }
            });
  }

  /** The 1-based data row of record i, without building the record when it is held compactly. */
  static long row(List<CasualtyRecord> records, int i) {
    return records instanceof CompactRecords c ? c.row(i) : records.get(i).row();
  }

  static List<CasualtyRecord> read(Path file, java.io.PrintWriter err) {
    return read(file, ReadOptions.defaults(), err);
  }

  /**
   * The records of a file read as 'sijil import' reads it (format, encoding, title lines, mapping).
   */
  static List<CasualtyRecord> read(Path file, ReadOptions options, java.io.PrintWriter err) {
    long[] rejected = new long[1];
    List<CasualtyRecord> records = read(file, options, rejected);
    if (rejected[0] > 0) {
      err.printf(
          "%s: %,d rows rejected and left out (see 'sijil import' for the reasons)%n",
          file, rejected[0]);
      err.flush();
    }
    return records;
  }
}
