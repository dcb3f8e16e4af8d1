package org.sijil.core.fields;

import java.util.Locale;
import java.util.Map;
import org.sijil.core.record.Sex;

/** Parses sex as lists write it: m/f, male/female, ذكر/أنثى (and their common spellings). */
public final class SexParser {

  private static final Map<String, Sex> WORDS =
      Map.ofEntries(
          Map.entry("m", Sex.MALE),
          Map.entry("male", Sex.MALE),
          Map.entry("ذكر", Sex.MALE),
          Map.entry("ذ", Sex.MALE),
          Map.entry("f", Sex.FEMALE),
          Map.entry("female", Sex.FEMALE),
          Map.entry("أنثى", Sex.FEMALE),
          Map.entry("انثى", Sex.FEMALE),
          Map.entry("أنثي", Sex.FEMALE),
          Map.entry("انثي", Sex.FEMALE),
          Map.entry("ث", Sex.FEMALE));

  private SexParser() {}

  public static Parsed<Sex> parse(String text) {
    String t = Digits.clean(text);
    if (t.isEmpty()) {
      return Parsed.blank();
    }
    Sex sex = WORDS.get(t.toLowerCase(Locale.ROOT));
    return sex != null
        ? Parsed.of(sex)
        : Parsed.invalid("sex '" + text + "' is not one of m, f, male, female, ذكر, أنثى");
  }
}
