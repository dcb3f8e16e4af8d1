package org.sijil.ingest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sijil.core.fields.AgeParser;
import org.sijil.core.fields.DateParser;
import org.sijil.core.fields.Digits;
import org.sijil.core.fields.Parsed;
import org.sijil.core.fields.SexParser;
import org.sijil.core.record.Age;

/**
 * Tells what a column holds from its values alone, for columns whose header says nothing Sijil
 * knows. Rules, tried in this order on the column's non-blank sample values:
 *
 * <ol>
 *   <li>{@code sex}: at least {@value #FIT} of the values are sex codes ({@link SexParser}).
 *   <li>{@code id}: at least {@value #FIT} are digit strings of {@value #MIN_ID_DIGITS} to {@value
 *       #MAX_ID_DIGITS} digits, and at least {@value #DISTINCT} of the values are distinct.
 *   <li>{@code dob} or {@code dod}: at least {@value #FIT} are dates ({@link DateParser}); birth
 *       dates when their years span {@value #BIRTH_SPAN_YEARS} years or more, else dates of death
 *       (deaths of one list fall within a few years, births spread over generations).
 *   <li>{@code age}: at least {@value #FIT} are ages ({@link AgeParser}), not a run of row numbers
 *       (each value one more than the one before).
 *   <li>{@code name_ar} / {@code name_en}: at least {@value #FIT} of the values are words of
 *       letters of one script (no digits), on average at least {@value #MIN_NAME_WORDS} words, and
 *       at least {@value #DISTINCT} of the values distinct (places, sources and categories repeat;
 *       names of people rarely do).
 * </ol>
 *
 * A column with fewer than {@value #MIN_VALUES} non-blank values is not judged. The share of values
 * that fit is returned so the reader can say how sure it is.
 */
final class ColumnContent {

  /** Share of values that must fit a kind. */
  static final double FIT = 0.8;

  /** Share of distinct values required of ids and names. */
  static final double DISTINCT = 0.5;

  /** Fewest non-blank values a column is judged on. */
  static final int MIN_VALUES = 3;

  static final int MIN_ID_DIGITS = 6;
  static final int MAX_ID_DIGITS = 20;

  /** Years between the earliest and latest date that make a date column one of births. */
  static final int BIRTH_SPAN_YEARS = 10;

  /** Mean words per value for a column of names (casualty lists give two to five names). */
  static final double MIN_NAME_WORDS = 1.8;

  /** Most words in one name. */
  static final int MAX_NAME_WORDS = 10;

  /**
   * What a column holds.
   *
   * @param field canonical field key, or null when the values fit no field
   * @param share share of the non-blank values that fit it
   * @param values non-blank values judged
   */
  record Guess(String field, double share, int values) {}

  private ColumnContent() {}

  /** What {@code values} (a column's sample, blanks included) hold. */
  static Guess classify(List<String> values, DateParser dates) {
    List<String> v = values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    int n = v.size();
    if (n < MIN_VALUES) {
      return new Guess(null, 0, n);
    }
    double sex = share(v, s -> !SexParser.parse(s).isInvalid());
    if (sex >= FIT) {
      return new Guess("sex", sex, n);
    }
    double ids = share(v, ColumnContent::isIdNumber);
    if (ids >= FIT && distinct(v) >= DISTINCT) {
      return new Guess("id", ids, n);
    }
    double date = share(v, s -> dates.parse(s).value() != null);
    if (date >= FIT) {
      return new Guess(yearSpan(v, dates) >= BIRTH_SPAN_YEARS ? "dob" : "dod", date, n);
    }
    double age = share(v, ColumnContent::isAge);
    if (age >= FIT && !isRowNumbers(v)) {
      return new Guess("age", age, n);
    }
    return names(v);
  }

  private static Guess names(List<String> v) {
    int arabic = 0;
    int latin = 0;
    long words = 0;
    for (String s : v) {
      int script = nameScript(s);
      if (script == 1) {
        arabic++;
      } else if (script == 2) {
        latin++;
      }
      words += s.split("[\\s,،]+").length;
    }
    int n = v.size();
    boolean named = (double) words / n >= MIN_NAME_WORDS && distinct(v) >= DISTINCT;
    if (named && arabic >= FIT * n) {
      return new Guess("name_ar", (double) arabic / n, n);
    }
    if (named && latin >= FIT * n) {
      return new Guess("name_en", (double) latin / n, n);
    }
    return new Guess(null, 0, n);
  }

  /** 1 for a name in Arabic letters, 2 for one in Latin letters, 0 otherwise. */
  static int nameScript(String s) {
    int arabic = 0;
    int latin = 0;
    int words = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        return 0;
      }
      if (Character.isWhitespace(c)) {
        words++;
      } else if (Character.isLetter(c)) {
        if (isArabic(c)) {
          arabic++;
        } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    if (words > MAX_NAME_WORDS || arabic + latin < 2) {
      return 0;
    }
    return arabic > 0 && latin == 0 ? 1 : latin > 0 && arabic == 0 ? 2 : 0;
  }

  static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF'
        || c >= '\u0750' && c <= '\u077F'
        || c >= '\uFB50' && c <= '\uFEFF';
  }

  /** Whether {@code s} fits the column kind {@code field} (used to tell a header from data). */
  static boolean fits(String field, String s, DateParser dates) {
    String t = s.strip();
    if (t.isEmpty()) {
      return true;
    }
    return switch (field) {
      case "sex" -> !SexParser.parse(t).isInvalid();
      case "id" -> isIdNumber(t);
      case "dob", "dod" -> dates.parse(t).value() != null;
      case "age" -> isAge(t);
      case "name_ar" -> nameScript(t) == 1;
      case "name_en" -> nameScript(t) == 2;
      default -> false;
    };
  }

  private static boolean isIdNumber(String s) {
    String t = Digits.toAscii(s);
    int len = t.length();
    if (len < MIN_ID_DIGITS || len > MAX_ID_DIGITS) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAge(String s) {
    Parsed<Age> p = AgeParser.parse(s);
    return p.value() != null || s.strip().equals("-1");
  }

  /** Whether the values count up by one from the first: a row-number column, not ages. */
  private static boolean isRowNumbers(List<String> v) {
    try {
      long first = Long.parseLong(Digits.toAscii(v.get(0)));
      for (int i = 1; i < v.size(); i++) {
        if (Long.parseLong(Digits.toAscii(v.get(i))) != first + i) {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static int yearSpan(List<String> v, DateParser dates) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (String s : v) {
      LocalDate d = dates.parse(s).value();
      if (d != null) {
        min = Math.min(min, d.getYear());
        max = Math.max(max, d.getYear());
      }
    }
    return max - min;
  }

  private static double share(List<String> v, java.util.function.Predicate<String> fits) {
    int k = 0;
    for (String s : v) {
      if (fits.test(s)) {
        k++;
      }
    }
    return (double) k / v.size();
  }

  private static double distinct(List<String> v) {
    Set<String> seen = new HashSet<>(v);
    return (double) seen.size() / v.size();
  }
}
