package org.sijil.core.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sijil.core.record.Age;

/**
 * Parses ages as lists write them into a precise {@link Age}: {@code 43}, {@code 43.0}, {@code 7
 * months}, {@code 3 days}, {@code 2 weeks} (14 days), {@code 1 year 2 months}, {@code Less than a
 * day} (0 days), Arabic forms ({@code ٧ أشهر}, {@code شهرين}, {@code أقل من يوم}) and Arabic-Indic
 * digits. Fractions ({@code 0.5}) and ranges are reported, not converted.
 */
public final class AgeParser {

  /** Oldest credible age; anything above is reported instead of stored. */
  public static final int MAX_YEARS = 130;

  private static final Set<String> LESS_THAN_A_DAY =
      Set.of(
          "less than a day",
          "less than 1 day",
          "less than one day",
          "<1 day",
          "< 1 day",
          "أقل من يوم",
          "اقل من يوم",
          "أقل من يوم واحد",
          "اقل من يوم واحد");

  private enum Unit {
    YEAR,
    MONTH,
    WEEK,
    DAY
  }

  /**
   * A unit word; {@code impliedCount} is what it means alone (Arabic singular 1, dual 2), 0 if it
   * needs a number.
   */
  private record UnitWord(Unit unit, int impliedCount) {}

  /** Arabic singulars mean "one" on their own: شهر is one month. */
  private static final Set<String> SINGULARS =
      Set.of("سنة", "سنه", "عام", "شهر", "أسبوع", "اسبوع", "يوم");

  private static final Map<String, UnitWord> UNITS = units();

  private AgeParser() {}

  public static Parsed<Age> parse(String text) {
    String t = Digits.clean(text).toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Parsed.blank();
    }
    if (isDigits(t)) {
      return years(text, t);
    }
    if (t.endsWith(".0") && isDigits(t.substring(0, t.length() - 2))) {
      return years(text, t.substring(0, t.length() - 2));
    }
    if (LESS_THAN_A_DAY.contains(t)) {
      return Parsed.of(new Age(0, 0, 0));
    }
    return withUnits(text, tokens(t));
  }

  private static Parsed<Age> years(String text, String digits) {
    if (digits.length() > 4) {
      return outOfRange(text);
    }
    int y = Integer.parseInt(digits);
    return y > MAX_YEARS ? outOfRange(text) : Parsed.of(Age.ofYears(y));
  }

  private static Parsed<Age> withUnits(String text, List<String> tokens) {
    int years = 0;
    int months = 0;
    int days = 0;
    boolean any = false;
    Integer pending = null;
    for (String tok : tokens) {
      if (isDigits(tok)) {
        if (pending != null || tok.length() > 4) {
          return unknown(text);
        }
        pending = Integer.parseInt(tok);
        continue;
      }
      if (tok.equals("and") || tok.equals("و")) {
        continue;
      }
      UnitWord u = UNITS.get(tok);
      if (u == null && tok.startsWith("و")) {
        u = UNITS.get(tok.substring(1));
      }
      if (u == null
          || (pending != null && u.impliedCount() > 1)
          || (pending == null && u.impliedCount() == 0)) {
        return unknown(text);
      }
      int n = pending != null ? pending : u.impliedCount();
      pending = null;
      any = true;
      switch (u.unit()) {
        case YEAR -> years += n;
        case MONTH -> months += n;
        case WEEK -> days += 7 * n;
        case DAY -> days += n;
      }
    }
    if (!any || pending != null) {
      return unknown(text);
    }
    Age age = new Age(years, months, days);
    return age.inYears() > MAX_YEARS ? outOfRange(text) : Parsed.of(age);
  }

  /** Splits into runs of digits and runs of letters (and the symbol {@code <}); drops the rest. */
  private static List<String> tokens(String t) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      int j = i + 1;
      if (Character.isDigit(c)) {
        while (j < t.length() && Character.isDigit(t.charAt(j))) {
          j++;
        }
        out.add(t.substring(i, j));
      } else if (Character.isLetter(c)) {
        while (j < t.length() && Character.isLetter(t.charAt(j))) {
          j++;
        }
        out.add(t.substring(i, j));
      } else if (c == '.' || c == '-' || c == '/') {
        out.add(String.valueOf(c)); // fractions and ranges: reported as not understood
      }
      i = j;
    }
    return out;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Parsed<Age> unknown(String text) {
    return Parsed.invalid(
        "age '"
            + text
            + "' is not a number of years or a count of years, months,"
            + " weeks or days");
  }

  private static Parsed<Age> outOfRange(String text) {
    return Parsed.invalid("age '" + text + "' is above " + MAX_YEARS + " years");
  }

  private static Map<String, UnitWord> units() {
    Map<String, UnitWord> m = new java.util.HashMap<>();
    for (String w :
        List.of(
            "year", "years", "yr", "yrs", "y", "سنة", "سنه", "سنوات", "سنين", "عام", "أعوام",
            "اعوام")) {
      m.put(w, new UnitWord(Unit.YEAR, SINGULARS.contains(w) ? 1 : 0));
    }
    for (String w :
        List.of(
            "month", "months", "mo", "mos", "mth", "mths", "m", "شهر", "أشهر", "اشهر", "شهور")) {
      m.put(w, new UnitWord(Unit.MONTH, SINGULARS.contains(w) ? 1 : 0));
    }
    for (String w :
        List.of("week", "weeks", "wk", "wks", "w", "أسبوع", "اسبوع", "أسابيع", "اسابيع")) {
      m.put(w, new UnitWord(Unit.WEEK, SINGULARS.contains(w) ? 1 : 0));
    }
    for (String w : List.of("day", "days", "d", "يوم", "أيام", "ايام")) {
      m.put(w, new UnitWord(Unit.DAY, SINGULARS.contains(w) ? 1 : 0));
    }
    for (String w : List.of("سنتين", "سنتان", "عامين", "عامان")) {
      m.put(w, new UnitWord(Unit.YEAR, 2));
    }
    for (String w : List.of("شهرين", "شهران")) {
      m.put(w, new UnitWord(Unit.MONTH, 2));
    }
    for (String w : List.of("أسبوعين", "اسبوعين", "أسبوعان", "اسبوعان")) {
      m.put(w, new UnitWord(Unit.WEEK, 2));
    }
    for (String w : List.of("يومين", "يومان")) {
      m.put(w, new UnitWord(Unit.DAY, 2));
    }
    return Map.copyOf(m);
  }
}
