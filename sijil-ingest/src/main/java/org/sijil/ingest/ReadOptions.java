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
 * @param asOf the list's as-of date for plausibility warnings (dates after it), or null
 * @param factChecks true to warn about facts that cannot all be true ({@code Plausibility}) and ids
 *     repeated within the file; off by default, since only an import keeps such warnings (reading a
 *     file for a round trip or a linkage run does not judge its facts); the import turns it on
 */
public record ReadOptions(
    FileFormat format,
    Charset encoding,
    int sheet,
    Mapping mapping,
    int pivotYear,
    LocalDate asOf,
    boolean factChecks) {

  /** Options without an as-of date. */
  public ReadOptions(
      FileFormat format, Charset encoding, int sheet, Mapping mapping, int pivotYear) {
    this(format, encoding, sheet, mapping, pivotYear, null, false);
  }

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
    return new ReadOptions(f, encoding, sheet, mapping, pivotYear, asOf, factChecks);
  }

  public ReadOptions withEncoding(Charset e) {
    return new ReadOptions(format, e, sheet, mapping, pivotYear, asOf, factChecks);
  }

  public ReadOptions withSheet(int s) {
    return new ReadOptions(format, encoding, s, mapping, pivotYear, asOf, factChecks);
  }

  public ReadOptions withMapping(Mapping m) {
    return new ReadOptions(format, encoding, sheet, m, pivotYear, asOf, factChecks);
  }

  public ReadOptions withPivotYear(int y) {
    return new ReadOptions(format, encoding, sheet, mapping, y, asOf, factChecks);
  }

  /** The list's as-of date (null for none); two-digit years then pivot on its year. */
  public ReadOptions withAsOf(LocalDate date) {
    return new ReadOptions(
        format,
        encoding,
        sheet,
        mapping,
        date == null ? pivotYear : date.getYear(),
        date,
        factChecks);
  }

  /** With or without the fact checks (see {@link #factChecks}). */
  public ReadOptions withFactChecks(boolean on) {
    return new ReadOptions(format, encoding, sheet, mapping, pivotYear, asOf, on);
  }
}
