package org.sijil.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.ingest.ReadRow;
import org.sijil.ingest.RowRecords;

/** Input rows (cells in input order) as records, parsed as {@code sijil dedupe} parses a list. */
final class Records {

  private Records() {}

  /**
   * The records of the rows, row numbers 1-based in input order; rejected rows are left out (as the
   * in-process engine leaves them out) and counted in {@code rejected[0]} when given.
   */
  static List<CasualtyRecord> parse(List<String> headers, List<String[]> rows, long[] rejected) {
    RowRecords parser;
    try {
      parser =
          RowRecords.byCanonicalHeaders(
              headers, org.sijil.ingest.ReadOptions.defaults().pivotYear());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    List<CasualtyRecord> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ReadRow r = parser.parse(i + 1, Arrays.asList(rows.get(i)));
      if (r.isRejected()) {
        if (rejected != null) {
          rejected[0]++;
        }
      } else {
        out.add(r.record());
      }
    }
    return out;
  }

  static List<CasualtyRecord> parse(List<String> headers, List<String[]> rows) {
    return parse(headers, rows, null);
  }
}
