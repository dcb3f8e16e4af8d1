package org.sijil.ingest;

import java.util.List;

/**
 * A column of the file that feeds no canonical field: its cells are kept in each row's raw cells,
 * but nothing reads them. Listed so that no column is left out silently.
 *
 * @param header the header as written (or {@code column N} in a file without a header row)
 * @param column 1-based column number
 * @param samples up to {@value #SAMPLES} distinct non-blank values from the first rows
 * @param reason why it is unmapped (e.g. its values fit no field, or the mapping file says so)
 */
public record UnmappedColumn(String header, int column, List<String> samples, String reason) {

  /** Sample values kept per column. */
  public static final int SAMPLES = 3;

  public UnmappedColumn {
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, got " + column);
    }
    samples = List.copyOf(samples);
  }

  /** One line for notes and messages: {@code 'header' (column 3, e.g. 'a', 'b'): reason}. */
  public String describe() {
    StringBuilder sb = new StringBuilder("'").append(header).append("' (column ").append(column);
    if (!samples.isEmpty()) {
      sb.append(", e.g. ");
      for (int i = 0; i < samples.size(); i++) {
        sb.append(i > 0 ? ", '" : "'").append(samples.get(i)).append('\'');
      }
    }
    return sb.append(")").append(reason == null ? "" : ": " + reason).toString();
  }
}
