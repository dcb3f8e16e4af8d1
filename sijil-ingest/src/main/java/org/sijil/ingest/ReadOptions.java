package org.sijil.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * How to read a list file.
 *
 * @param format the format, or null to detect it from the name and content
 * @param encoding the text encoding, or null to detect it
 * @param sheet the XLSX sheet, 1-based
 * @param mapping header-to-field mapping, or null
 * @param pivotYear two-digit years are read as the latest year ending in those digits not after it
 *     (the release's as-of year, else the current year)
 */
public record ReadOptions(FileFormat format, Charset encoding, int sheet, Mapping mapping, int pivotYear) {

  public ReadOptions {
    if (sheet < 1) {
      throw new IllegalArgumentException("sheet is 1-based, got " + sheet);
    }
  }

  /** Detect everything; two-digit years pivot on the current year. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, 1, null, LocalDate.now().getYear());
  }

  public ReadOptions withFormat(FileFormat f) {
    return new ReadOptions(f, encoding, sheet, mapping, pivotYear);
  }

  public ReadOptions withEncoding(Charset e) {
    return new ReadOptions(format, e, sheet, mapping, pivotYear);
  }

  public ReadOptions withSheet(int s) {
    return new ReadOptions(format, encoding, s, mapping, pivotYear);
  }

  public ReadOptions withMapping(Mapping m) {
    return new ReadOptions(format, encoding, sheet, m, pivotYear);
  }

  public ReadOptions withPivotYear(int y) {
    return new ReadOptions(format, encoding, sheet, mapping, y);
  }
}
