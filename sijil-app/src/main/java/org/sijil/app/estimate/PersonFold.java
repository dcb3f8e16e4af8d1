package org.sijil.app.estimate;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage.PersonRecord;

/**
 * Folds one linked person's records into what estimation needs: which lists the person is on, and
 * one value per person variable. Records of one person often disagree (a list rounds the age,
 * another omits the place), so each variable takes a rule that does not depend on record order:
 *
 * <ul>
 *   <li>{@code age}: the median of the records' ages in years (fractional: 7 months is 0.58);
 *   <li>{@code sex}, {@code place}, {@code death_month} (year-month of the date of death): the
 *       value most of the records give; a tie between different values is treated as missing.
 * </ul>
 *
 * Records without a value are ignored; a person with no record giving one has the value missing.
 * Reused for person after person via {@link #reset()}.
 */
final class PersonFold {

  /** The person variables register mode offers, in the order they are documented. */
  static final List<String> VARIABLES = List.of("age", "sex", "place", "death_month");

  private final List<String> lists;
  private int pattern;
  private double[] ages = new double[8];
  private int ageCount;
  private final Map<String, Integer> sexes = new HashMap<>();
  private final Map<String, Integer> places = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();

  PersonFold(List<String> lists) {
    this.lists = lists;
  }

  void reset() {
    pattern = 0;
    ageCount = 0;
    sexes.clear();
    places.clear();
    months.clear();
  }

  void add(PersonRecord r) {
    int list = lists.indexOf(r.source());
    if (list >= 0) {
      pattern |= 1 << list;
    }
    if (r.age() != null) {
      if (ageCount == ages.length) {
        ages = Arrays.copyOf(ages, ageCount * 2);
      }
      ages[ageCount++] = r.age().inYears();
    }
    if (r.sex() != null) {
      sexes.merge(r.sex() == Sex.FEMALE ? "female" : "male", 1, Integer::sum);
    }
    if (r.place() != null && !r.place().isBlank()) {
      places.merge(r.place().strip(), 1, Integer::sum);
    }
    if (r.dod() != null) {
      months.merge(YearMonth.from(r.dod()).toString(), 1, Integer::sum);
    }
  }

  /** True when the person has a record on at least one of the lists. */
  boolean listed() {
    return pattern != 0;
  }

  /** Writes whether the person is on each list into {@code on}. */
  void membership(boolean[] on) {
    for (int i = 0; i < on.length; i++) {
      on[i] = (pattern & (1 << i)) != 0;
    }
  }

  /**
   * The person's value of {@code variable} (one of {@link #VARIABLES}): a Double when numeric, else
   * a String; null when missing.
   */
  Object value(String variable, boolean numeric) {
    return switch (variable) {
      case "age" -> {
        Double median = medianAge();
        yield median == null || numeric ? median : Integer.toString((int) Math.floor(median));
      }
      case "sex" -> majority(sexes);
      case "place" -> majority(places);
      case "death_month" -> majority(months);
      default -> throw new IllegalArgumentException("not a register variable: " + variable);
    };
  }

  private Double medianAge() {
    if (ageCount == 0) {
      return null;
    }
    Arrays.sort(ages, 0, ageCount);
    int mid = ageCount / 2;
    return ageCount % 2 == 1 ? ages[mid] : (ages[mid - 1] + ages[mid]) / 2;
  }

  /** The value given most often; null when none, or when two values are given equally often. */
  private static String majority(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
