package org.sijil.core.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as lists write them: ISO {@code 2024-01-05} (also with {@code /} and a trailing time
 * of day), or day first {@code 5/1/2024}, {@code 05-01-2024}, {@code 5.1.24}. Month-first dates are
 * not accepted: a day-first reading that fails (e.g. month 13) is reported, never swapped.
 *
 * <p>Two-digit years: a year {@code yy} is the latest year ending in {@code yy} that is not after
 * the pivot year (the release's as-of year, or the current year). With pivot 2024, {@code 23} is
 * 2023 and {@code 25} is 1925 — a list cannot record births or deaths after it was published.
 */
public final class DateParser {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");

  private final int pivotYear;

  public DateParser(int pivotYear) {
    if (pivotYear < 1900 || pivotYear > 2200) {
      throw new IllegalArgumentException("pivot year out of range: " + pivotYear);
    }
    this.pivotYear = pivotYear;
  }

  public int pivotYear() {
    return pivotYear;
  }

  public Parsed<LocalDate> parse(String text) {
    String t = Digits.clean(text);
    if (t.isEmpty()) {
      return Parsed.blank();
    }
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return date(
          text,
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    m = DAY_FIRST.matcher(t);
    if (m.matches()) {
      String y = m.group(3);
      int year = y.length() == 2 ? expandTwoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
      return date(text, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    return Parsed.invalid("date '" + text + "' is neither ISO (yyyy-mm-dd) nor day/month/year");
  }

  /** The latest year ending in {@code yy} that is not after the pivot year. */
  public int expandTwoDigitYear(int yy) {
    if (yy < 0 || yy > 99) {
      throw new IllegalArgumentException("two-digit year out of range: " + yy);
    }
    int year = pivotYear - Math.floorMod(pivotYear, 100) + yy;
    return year > pivotYear ? year - 100 : year;
  }

  private static Parsed<LocalDate> date(String text, int year, int month, int day) {
    try {
      return Parsed.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Parsed.invalid(
          "date '"
              + text
              + "' is not a calendar date (year "
              + year
              + ", month "
              + month
              + ", day "
              + day
              + ")");
    }
  }
}
