package org.sijil.core.record;

/**
 * A precise age at death: lists write "43", "7 months", "3 days" or "Less than a day", and the
 * difference between an infant of 7 months and one of 0 years matters to the people who read them.
 *
 * @param years whole years
 * @param months whole months beyond the years (0..11 when normalized; as written otherwise)
 * @param days whole days beyond the months
 */
public record Age(int years, int months, int days) {

  public Age {
    if (years < 0 || months < 0 || days < 0) {
      throw new IllegalArgumentException(
          "age parts must not be negative: " + years + "y " + months + "m " + days + "d");
    }
  }

  public static Age ofYears(int years) {
    return new Age(years, 0, 0);
  }

  /** Age in fractional years, for comparisons and age bands. */
  public double inYears() {
    return years + months / 12.0 + days / 365.25;
  }

  /** Age in completed years, as the data teams' demographic tables count it. */
  public int completedYears() {
    return years + months / 12 + (int) (days / 365.25);
  }

  /** A short human form: {@code 43}, {@code 7 months}, {@code 3 days}, {@code 1 year 2 months}. */
  @Override
  public String toString() {
    if (months == 0 && days == 0) {
      return Integer.toString(years);
    }
    StringBuilder sb = new StringBuilder();
    append(sb, years, "year");
    append(sb, months, "month");
    append(sb, days, "day");
    return sb.toString();
  }

  private static void append(StringBuilder sb, int n, String unit) {
    if (n == 0) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
  }
}
