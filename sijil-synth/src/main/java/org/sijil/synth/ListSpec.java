package org.sijil.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * One synthetic list: who it captures and how it writes what it captures.
 *
 * <p>Capture depends on where the person died: a hospital list sees most hospital deaths and few
 * others, a family report the reverse. That shared cause makes the lists positively dependent, as
 * real lists are, which is what multiple-systems estimation has to cope with.
 *
 * @param name the list's name, used in the {@code list} column and in split file names
 * @param source the {@code source} code written on its records ({@code h} hospital, {@code c}
 *     family report, {@code u} other — as on the Ministry of Health lists)
 * @param captureInHospital probability that a person who died in or reached a hospital is on it
 * @param captureElsewhere probability for everyone else
 * @param idMissing share of its records without an ID number
 * @param dobMissing share without a date of birth
 * @param ageMissing share without an age
 * @param nameEnMissing share without a Latin name
 * @param placeMissing share without a place
 * @param joinedCompounds share of compound names written joined (عبدالرحمن) rather than spaced
 * @param pressRomanization share of Latin names in the press scheme (Mohammed Abdel Rahman) rather
 *     than the data-project scheme (Muhammad Abdalrahman)
 * @param placeInArabic share of places written in Arabic
 */
public record ListSpec(
    String name,
    String source,
    double captureInHospital,
    double captureElsewhere,
    double idMissing,
    double dobMissing,
    double ageMissing,
    double nameEnMissing,
    double placeMissing,
    double joinedCompounds,
    double pressRomanization,
    double placeInArabic) {

  public ListSpec {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "list name must be letters, digits, '-' or '_' (it names files): " + name);
    }
    if (source == null) {
      throw new IllegalArgumentException("list " + name + ": source must not be null");
    }
    double[] shares = {
      captureInHospital,
      captureElsewhere,
      idMissing,
      dobMissing,
      ageMissing,
      nameEnMissing,
      placeMissing,
      joinedCompounds,
      pressRomanization,
      placeInArabic
    };
    for (double p : shares) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("list " + name + ": probability out of [0,1]: " + p);
      }
    }
  }

  private static final List<ListSpec> STANDARD =
      List.of(
          new ListSpec("hospital", "h", 0.78, 0.15, 0.03, 0.20, 0.02, 0.00, 0.30, 0.85, 0.10, 0.90),
          new ListSpec(
              "family-report", "c", 0.40, 0.50, 0.08, 0.35, 0.05, 0.05, 0.10, 0.40, 0.20, 0.80),
          new ListSpec(
              "obituaries", "u", 0.25, 0.30, 0.85, 0.95, 0.30, 0.40, 0.05, 0.20, 0.90, 0.30),
          new ListSpec(
              "civil-defence", "u", 0.20, 0.45, 0.50, 0.90, 0.20, 0.30, 0.00, 0.50, 0.50, 0.70),
          new ListSpec("media", "u", 0.15, 0.15, 0.95, 0.98, 0.40, 0.10, 0.10, 0.30, 1.00, 0.10));

  /**
   * The first {@code k} standard lists: hospital, family-report, obituaries, civil-defence, media;
   * beyond five, {@code list6}, {@code list7}, ... of middling coverage and quality.
   */
  public static List<ListSpec> standard(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("need at least one list, got " + k);
    }
    List<ListSpec> lists = new ArrayList<>(STANDARD.subList(0, Math.min(k, STANDARD.size())));
    for (int i = STANDARD.size() + 1; i <= k; i++) {
      lists.add(
          new ListSpec(
              "list" + i, "u", 0.30, 0.30, 0.40, 0.60, 0.10, 0.20, 0.20, 0.50, 0.50, 0.50));
    }
    return List.copyOf(lists);
  }
}
