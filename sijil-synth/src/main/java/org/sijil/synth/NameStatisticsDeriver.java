package org.sijil.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Derives the bundled name-frequency tables from real casualty lists (the Ministry of Health
 * releases): counts of single name elements by role, the parts of compound names, the most common
 * romanization of each element, and the age distribution by sex. Nothing that identifies a person
 * leaves here: only single elements counted at least {@code minCount} times among distinct people,
 * never a full name.
 *
 * <p>Feed every row with {@link #add}, then {@link #writeTo} the resource directory. The {@code
 * sijil synth-derive} dev command does this for the files under {@code ../shared/data/moh}.
 */
public final class NameStatisticsDeriver {

  public static final int DEFAULT_MIN_COUNT = 5;

  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  /** Arabic letters only (hamza to ya), at least two: drops punctuation, digits and stray marks. */
  private static final Pattern ARABIC_WORD = Pattern.compile("[\u0621-\u064A]{2,}");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  private static final int OLDEST_AGE_BAND = 95;

  /** Written for the unidentified (مجهول "unknown", غير معروف "not known"): not names. */
  private static final Set<String> PLACEHOLDERS = Set.of("مجهول", "مجهوله", "غير");

  /** Connectors of a lineage (محمد بن سعيد): not names themselves. */
  private static final Set<String> CONNECTORS = Set.of("بن", "بنت", "ابن");

  private final int minCount;
  private final Set<String> seenIds = new HashSet<>();
  private final SpellingCounter givenMale = new SpellingCounter();
  private final SpellingCounter givenFemale = new SpellingCounter();
  private final SpellingCounter family = new SpellingCounter();
  private final Map<String, SpellingCounter> compoundParts = new TreeMap<>();
  private final SpellingCounter romanizedArabic = new SpellingCounter();
  private final Map<String, Map<String, Integer>> romanizations = new HashMap<>();
  private final int[][] ageCounts = new int[2][OLDEST_AGE_BAND + 1];
  private int rowsUsed;

  public NameStatisticsDeriver(int minCount) {
    if (minCount < 2) {
      throw new IllegalArgumentException("minCount must be at least 2, was " + minCount);
    }
    this.minCount = minCount;
  }

  /**
   * Counts one listed person. A row whose 9-digit ID was already seen (the same person in a later
   * release) is skipped so that nobody is counted twice.
   *
   * @return whether the row was counted
   */
  public boolean add(String id, String nameAr, String nameEn, String sex, String age) {
    if (id != null && NINE_DIGITS.matcher(id).matches() && !seenIds.add(id)) {
      return false;
    }
    rowsUsed++;
    boolean male = "m".equalsIgnoreCase(sex);
    boolean female = "f".equalsIgnoreCase(sex);
    countAge(male, female, age);
    if (nameAr == null || nameAr.isBlank() || nameAr.contains("مجهول")) {
      return true; // no name, or an unidentified person
    }
    List<ArabicForms.Unit> units = new ArrayList<>(ArabicForms.units(nameAr));
    units.removeIf(u -> !u.isCompound() && CONNECTORS.contains(ArabicForms.key(u.word())));
    if (units.size() >= 3) {
      ArabicForms.Unit given = units.get(0);
      if (male) {
        count(givenMale, given);
      } else if (female) {
        count(givenFemale, given);
      }
      for (int i = 1; i < units.size() - 1; i++) {
        count(givenMale, units.get(i)); // father, grandfather, ...: men of earlier generations
      }
      count(family, units.get(units.size() - 1));
    }
    countRomanizations(nameAr, nameEn);
    return true;
  }

  public int rowsUsed() {
    return rowsUsed;
  }

  private void count(SpellingCounter role, ArabicForms.Unit unit) {
    if (!ARABIC_WORD.matcher(unit.word()).matches()
        || PLACEHOLDERS.contains(ArabicForms.key(unit.word()))) {
      return;
    }
    if (unit.isCompound()) {
      role.add(unit.prefix());
      compoundParts.computeIfAbsent(unit.prefix(), p -> new SpellingCounter()).add(unit.word());
    } else {
      role.add(unit.word());
    }
  }

  private void countAge(boolean male, boolean female, String age) {
    if (!(male || female) || age == null) {
      return;
    }
    try {
      int years = Integer.parseInt(age.trim());
      if (years >= 0) {
        ageCounts[male ? 0 : 1][Math.min(years, OLDEST_AGE_BAND)]++;
      }
    } catch (NumberFormatException e) {
      // "7 months", "Less than a day", blanks: not a whole-year age, left out of the table
    }
  }

  private void countRomanizations(String nameAr, String nameEn) {
    if (nameEn == null) {
      return;
    }
    String[] ar = nameAr.trim().split("\\s+");
    String[] en = nameEn.trim().split("\\s+");
    if (ar.length != en.length) {
      return; // cannot align words one to one
    }
    for (int i = 0; i < ar.length; i++) {
      if (!LATIN_WORD.matcher(en[i]).matches()
          || !ARABIC_WORD.matcher(ar[i]).matches()
          || PLACEHOLDERS.contains(ArabicForms.key(ar[i]))
          || CONNECTORS.contains(ArabicForms.key(ar[i]))) {
        continue;
      }
      String word = ArabicForms.repairReversedAllah(ar[i]);
      romanizedArabic.add(word);
      romanizations
          .computeIfAbsent(ArabicForms.key(word), k -> new HashMap<>())
          .merge(en[i], 1, Integer::sum);
    }
  }

  /** Writes every table into {@code dir} (the resource folder {@code org/sijil/synth}). */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    NameStatistics.writeCounts(dir.resolve(NameStatistics.GIVEN_MALE), givenMale.table(minCount));
    NameStatistics.writeCounts(
        dir.resolve(NameStatistics.GIVEN_FEMALE), givenFemale.table(minCount));
    NameStatistics.writeCounts(dir.resolve(NameStatistics.FAMILY), family.table(minCount));
    List<String[]> parts = new ArrayList<>();
    compoundParts.forEach(
        (prefix, counter) ->
            counter.table(minCount).forEach((part, n) -> parts.add(row(prefix, part, n))));
    CountTableIo.write(
        dir.resolve(NameStatistics.COMPOUND_PARTS), parts, "prefix", "part", "count");
    CountTableIo.write(
        dir.resolve(NameStatistics.ROMANIZED), romanizationRows(), "name", "latin", "count");
    List<String[]> ages = new ArrayList<>();
    for (int a = 0; a <= OLDEST_AGE_BAND; a++) {
      ages.add(row(Integer.toString(a), ageCounts[0][a], ageCounts[1][a]));
    }
    CountTableIo.write(dir.resolve(NameStatistics.AGES), ages, "age", "male", "female");
  }

  private List<String[]> romanizationRows() {
    List<String[]> rows = new ArrayList<>();
    romanizedArabic
        .table(minCount)
        .forEach(
            (word, total) -> {
              Map<String, Integer> latin = romanizations.get(ArabicForms.key(word));
              String best = SpellingCounter.mostFrequent(latin);
              int n = latin.get(best);
              if (n >= minCount) {
                rows.add(row(word, best, n));
              }
            });
    return rows;
  }

  private static String[] row(Object... values) {
    String[] row = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      row[i] = String.valueOf(values[i]);
    }
    return row;
  }
}
