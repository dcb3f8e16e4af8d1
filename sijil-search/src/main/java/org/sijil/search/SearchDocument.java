package org.sijil.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the index knows of one person: every name they are listed under (both scripts, every
 * record), the list keys (identity numbers) and the values filters and facets use.
 *
 * @param id the person's stable identifier (the index replaces and deletes by it)
 * @param order position of the person in the register, for results that have no relevance order
 * @param arabicNames names in Arabic script as written, the shown name first; may be empty
 * @param latinNames names in Latin script as written, the shown name first; may be empty
 * @param keys the lists' own keys of the person's records (usually identity numbers)
 * @param sex {@code m}, {@code f} or null
 * @param ageYears age in years, or null
 * @param dod date of death, or null
 * @param place place as shown, or null
 * @param sources sources the person's records come from
 * @param releases {@code source/release} of each record
 * @param status the person's status in the register (e.g. {@code linked}, {@code single}), or null
 * @param shown what a hit shows of the person, as its producer encoded it (stored in the index and
 *     given back in {@link SearchHit#shown}, so a search page needs no person in memory); null for
 *     none
 */
public record SearchDocument(
    String id,
    long order,
    List<String> arabicNames,
    List<String> latinNames,
    List<String> keys,
    String sex,
    Double ageYears,
    LocalDate dod,
    String place,
    List<String> sources,
    List<String> releases,
    String status,
    String shown) {

  /** A document without a stored hit view. */
  public SearchDocument(
      String id,
      long order,
      List<String> arabicNames,
      List<String> latinNames,
      List<String> keys,
      String sex,
      Double ageYears,
      LocalDate dod,
      String place,
      List<String> sources,
      List<String> releases,
      String status) {
    this(
        id,
        order,
        arabicNames,
        latinNames,
        keys,
        sex,
        ageYears,
        dod,
        place,
        sources,
        releases,
        status,
        null);
  }

  public SearchDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a search document needs a non-blank id");
    }
    arabicNames = clean(arabicNames);
    latinNames = clean(latinNames);
    keys = clean(keys);
    sources = clean(sources);
    releases = clean(releases);
    if (sex != null && !sex.equals("m") && !sex.equals("f")) {
      throw new IllegalArgumentException(
          "sex must be m, f or null, not '" + sex + "' (person " + id + ")");
    }
  }

  /** Lists longer than this are deduplicated through a set rather than by scanning. */
  private static final int SCAN_LIMIT = 16;

  /**
   * The non-blank values, each once, in their first order. A loop rather than a stream: a build
   * cleans five lists of a few values for each of a million persons, and setting up the streams
   * cost a twentieth of its CPU.
   */
  private static List<String> clean(List<String> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    if (values.size() > SCAN_LIMIT) {
      Set<String> kept = new LinkedHashSet<>();
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          kept.add(v);
        }
      }
      return List.copyOf(kept);
    }
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      if (v != null && !v.isBlank() && !out.contains(v)) {
        out.add(v);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A 64-bit fingerprint of every value but the order (FNV-1a over a canonical text), stable across
   * runs and JVMs: the index replaces a person only when it changed, and only renumbers one whose
   * position alone moved (persons merged or added before it).
   */
  public long fingerprint() {
    // The canonical text is the values joined by \u0001 (lists by \u0002), hashed as it streams.
    char field = '\u0001';
    char item = '\u0002';
    return new Fnv1a()
        .add(id)
        .separator(field)
        .addJoined(item, arabicNames)
        .separator(field)
        .addJoined(item, latinNames)
        .separator(field)
        .addJoined(item, keys)
        .separator(field)
        .add(String.valueOf(sex))
        .separator(field)
        .add(String.valueOf(ageYears))
        .separator(field)
        .add(String.valueOf(dod))
        .separator(field)
        .add(String.valueOf(place))
        .separator(field)
        .addJoined(item, sources)
        .separator(field)
        .addJoined(item, releases)
        .separator(field)
        .add(String.valueOf(status))
        .separator(field)
        .add(String.valueOf(shown))
        .value();
  }
}
