package org.sijil.core.linkage.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;

/**
 * One named level of a comparison. Levels are tried in order; the first whose test holds is the
 * pair's level for that comparison. Tests:
 *
 * <ul>
 *   <li>{@code null}: either side has no value (weight 0: missing data is not evidence);
 *   <li>{@code exact}: the normalized values are equal;
 *   <li>{@code similarity}: the comparison's similarity function is at least {@code min};
 *   <li>{@code within}: the numeric difference (days for dates, years for ages) is at most {@code
 *       max};
 *   <li>{@code transposed_day_month}, {@code year_off_by_one}, {@code january_first}: date typos
 *       and defaults (see {@link TestKind});
 *   <li>{@code else}: always holds (the last level).
 * </ul>
 *
 * @param label name shown in explanations and stored in fitted models
 * @param test one of the tests above
 * @param min threshold of a {@code similarity} test, else null
 * @param max threshold of a {@code within} test, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelSpec(String label, String test, Double min, Double max) {

  public LevelSpec {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("level label must not be blank (test " + test + ")");
    }
    Objects.requireNonNull(test, () -> "level " + label + ": test must be given");
    TestKind kind = TestKind.of(test);
    if (kind == TestKind.SIMILARITY && (min == null || min < 0 || min > 1)) {
      throw new IllegalArgumentException(
          "level " + label + ": similarity test needs min in [0,1], got " + min);
    }
    if (kind == TestKind.WITHIN && (max == null || max < 0)) {
      throw new IllegalArgumentException(
          "level " + label + ": within test needs max >= 0, got " + max);
    }
  }

  public TestKind kind() {
    return TestKind.of(test);
  }

  public static LevelSpec nullLevel() {
    return new LevelSpec("null", "null", null, null);
  }

  public static LevelSpec exact() {
    return new LevelSpec("exact", "exact", null, null);
  }

  public static LevelSpec similarity(double min) {
    return new LevelSpec("similarity>=" + min, "similarity", min, null);
  }

  public static LevelSpec within(String label, double max) {
    return new LevelSpec(label, "within", null, max);
  }

  public static LevelSpec of(String test) {
    return new LevelSpec(test, test, null, null);
  }

  public static LevelSpec orElse() {
    return new LevelSpec("else", "else", null, null);
  }

  /** The tests a level may use. */
  public enum TestKind {
    NULL,
    EXACT,
    SIMILARITY,
    WITHIN,
    /** Dates whose day and month are swapped (12/03 vs 03/12). */
    TRANSPOSED_DAY_MONTH,
    /** Same day and month, years one apart (a typo or an age-derived year). */
    YEAR_OFF_BY_ONE,
    /** Same year and one side is 1 January: the list defaulted an unknown day and month. */
    JANUARY_FIRST,
    ELSE;

    public static TestKind of(String test) {
      try {
        return valueOf(test.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown level test '"
                + test
                + "' (known: null, exact, similarity, within,"
                + " transposed_day_month, year_off_by_one, january_first, else)");
      }
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
