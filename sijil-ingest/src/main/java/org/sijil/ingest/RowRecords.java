package org.sijil.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.core.record.CanonicalField;

/**
 * Rows that another reader already split into cells (a Spark data frame of a CSV or Parquet file)
 * turned into records exactly as {@link ListReader} turns its rows: the same parsers, the same
 * rejects. The columns are found by the canonical field keys as headers (any case), as the lists
 * {@code sijil synth} and {@code sijil export} write them; no content-based detection.
 */
public final class RowRecords {

  private final RowParser parser;
  private final Map<String, String> mapping;

  private RowRecords(List<String> headers, Map<String, Integer> byField, int pivotYear) {
    this.parser = new RowParser(headers, byField, pivotYear, true, null, false);
    Map<String, String> m = new java.util.LinkedHashMap<>();
    byField.forEach((k, i) -> m.put(k, headers.get(i)));
    this.mapping = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The parser of rows under these headers: each canonical field read from the header of its key.
   *
   * @param pivotYear the century pivot of two-digit years, as {@link ReadOptions#pivotYear()}
   * @throws IllegalArgumentException when no header is a name or id field
   */
  public static RowRecords byCanonicalHeaders(List<String> headers, int pivotYear) {
    Map<String, Integer> byField = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
      if (CanonicalField.byKey(h).isPresent()) {
        byField.putIfAbsent(h, i);
      }
    }
    if (!byField.containsKey("id")
        && !byField.containsKey("name_ar")
        && !byField.containsKey("name_en")) {
      throw new IllegalArgumentException("no id or name column among the headers " + headers);
    }
    return new RowRecords(headers, byField, pivotYear);
  }

  /** Canonical field key → the header it is read from. */
  public Map<String, String> mapping() {
    return mapping;
  }

  /**
   * One row: a record, or a reject with its reason. Null cells count as empty.
   *
   * @param row 1-based data row after the header
   */
  public ReadRow parse(long row, List<String> cells) {
    List<String> c = new java.util.ArrayList<>(cells.size());
    for (String s : cells) {
      c.add(s == null ? "" : s);
    }
    return parser.parse(row, c);
  }
}
