package org.sijil.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled name statistics the generator samples from (derived by {@link NameStatisticsDeriver}
 * from the Gaza Ministry of Health lists as published by Tech for Palestine, public domain): single
 * name elements by role with counts, compound parts, romanizations, ages. Immutable; {@link
 * #bundled()} loads the tables once.
 */
public final class NameStatistics {

  static final String GIVEN_MALE = "given-male.csv";
  static final String GIVEN_FEMALE = "given-female.csv";
  static final String FAMILY = "family.csv";
  static final String COMPOUND_PARTS = "compound-parts.csv";
  static final String ROMANIZED = "romanized.csv";
  static final String AGES = "ages.csv";

  /** The file names of every bundled table, for tests and the derivation tool. */
  public static final List<String> TABLES =
      List.of(GIVEN_MALE, GIVEN_FEMALE, FAMILY, COMPOUND_PARTS, ROMANIZED, AGES);

  final WeightedNames givenMale;
  final WeightedNames givenFemale;
  final WeightedNames family;
  final Map<String, WeightedNames> compoundParts;
  final Map<String, String> latinByKey;
  final long[][] cumulativeAgeBySex; // [0] male, [1] female

  private NameStatistics() {
    givenMale = weighted(CountTableIo.readResource(GIVEN_MALE, "name", "count"), GIVEN_MALE);
    givenFemale = weighted(CountTableIo.readResource(GIVEN_FEMALE, "name", "count"), GIVEN_FEMALE);
    family = weighted(CountTableIo.readResource(FAMILY, "name", "count"), FAMILY);
    Map<String, List<String[]>> partsByPrefix = new LinkedHashMap<>();
    for (String[] row : CountTableIo.readResource(COMPOUND_PARTS, "prefix", "part", "count")) {
      partsByPrefix
          .computeIfAbsent(row[0], p -> new ArrayList<>())
          .add(new String[] {row[1], row[2]});
    }
    Map<String, WeightedNames> parts = new HashMap<>();
    partsByPrefix.forEach((prefix, rows) -> parts.put(prefix, weighted(rows, COMPOUND_PARTS)));
    compoundParts = Map.copyOf(parts);
    Map<String, String> latin = new HashMap<>();
    for (String[] row : CountTableIo.readResource(ROMANIZED, "name", "latin", "count")) {
      latin.put(ArabicForms.key(row[0]), row[1]);
    }
    latinByKey = Map.copyOf(latin);
    List<String[]> ages = CountTableIo.readResource(AGES, "age", "male", "female");
    cumulativeAgeBySex = new long[2][ages.size()];
    for (int sex = 0; sex < 2; sex++) {
      long total = 0;
      for (int a = 0; a < ages.size(); a++) {
        total += CountTableIo.parseCount(ages.get(a), 1 + sex, AGES);
        cumulativeAgeBySex[sex][a] = total;
      }
    }
  }

  private static final class Holder {
    static final NameStatistics BUNDLED = new NameStatistics();
  }

  /** The tables shipped in this jar. */
  public static NameStatistics bundled() {
    return Holder.BUNDLED;
  }

  /** A prefix's compound parts, or null when the prefix has none in the tables. */
  WeightedNames partsOf(String prefix) {
    return compoundParts.get(prefix);
  }

  private static WeightedNames weighted(List<String[]> rows, String what) {
    List<String> names = new ArrayList<>(rows.size());
    List<Integer> counts = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      names.add(row[0]);
      counts.add(CountTableIo.parseCount(row, 1, what));
    }
    return new WeightedNames(names, counts);
  }

  static void writeCounts(Path file, Map<String, Integer> table) throws IOException {
    List<String[]> rows = new ArrayList<>(table.size());
    table.forEach((name, n) -> rows.add(new String[] {name, Integer.toString(n)}));
    CountTableIo.write(file, rows, "name", "count");
  }
}
