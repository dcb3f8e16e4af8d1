package org.sijil.cli.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadOptions;
import org.sijil.ingest.ReadRow;

/** Reads a list file into canonical records for the linkage commands, with the shared reader. */
final class ListFile {

  private ListFile() {}

  /** The parsed records in file order; rejected rows are counted in {@code rejected[0]}. */
  static List<CasualtyRecord> read(Path file, ReadOptions options, long[] rejected) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new org.sijil.core.UserError("no such file: " + file);
    }
    List<CasualtyRecord> out = new ArrayList<>();
    try (ListRead in = ListReader.open(file, options)) {
      while (in.hasNext()) {
        ReadRow r = in.next();
        if (r.isRejected()) {
          rejected[0]++;
        } else {
          out.add(r.record());
        }
      }
    }
    return out;
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
