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
    Parsed<LocalDate> plain = plainIso(text);
    if (plain != null) {
      return plain;
    }
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

  /**
   * The commonest form, {@code yyyy-m-d} of ASCII digits with {@code -} or {@code /} and nothing
   * else, read without cleaning or regular expressions (the first parse of each of a list's tens of
   * thousands of distinct dates went through both); null for any other text, which {@link #parse}
   * reads the general way to the same result.
   */
  private static Parsed<LocalDate> plainIso(String text) {
    int n = text.length();
    if (n < 8 || n > 10 || !isSeparator(text.charAt(4))) {
      return null;
    }
    int year = digits(text, 0, 4);
    int second = isSeparator(text.charAt(6)) ? 6 : isSeparator(text.charAt(7)) ? 7 : -1;
    if (year < 0 || second < 0 || n - second - 1 > 2) {
      return null;
    }
    int month = digits(text, 5, second);
    int day = digits(text, second + 1, n);
    return month < 0 || day < 0 ? null : date(text, year, month, day);
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/';
  }

  /** The number the ASCII digits {@code s[from .. to)} write, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
