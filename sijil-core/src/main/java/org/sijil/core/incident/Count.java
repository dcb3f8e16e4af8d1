package org.sijil.core.incident;

/**
 * A reported count as a range: at least {@code min}, at most {@code max} (equal when exact; max
 * null when no upper bound is known).
 */
public record Count(int min, Integer max) {

  public static final Count UNKNOWN = new Count(0, null);

  /** Validates, naming {@code field}: 0 <= min <= max. */
  public static Count of(String field, Integer min, Integer max) {
    int lo = min == null ? 0 : min;
    if (lo < 0 || (max != null && max < lo)) {
      throw new InvalidIncident(field, "needs 0 <= minimum <= maximum, got " + min + " and " + max);
    }
    return new Count(lo, max);
  }

  public Count {
    if (min < 0 || (max != null && max < min)) {
      throw new IllegalArgumentException("a count needs 0 <= min <= max, got " + min + ", " + max);
    }
  }

  @Override
  public String toString() {
    return max == null ? min + "+" : max == min ? "" + min : min + "–" + max;
  }
}
