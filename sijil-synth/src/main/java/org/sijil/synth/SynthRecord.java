package org.sijil.synth;

import java.util.List;

/**
 * One synthetic list row, as a list would print it: every field a string, empty when missing.
 * {@code truePerson} and {@code trueFamily} are the ground truth for evaluating linkage: records of
 * one person share {@code truePerson}; persons of one household (parents, children, the father's
 * father and brothers' households) share {@code trueFamily}. {@code damage} is the set of {@link
 * Damage} classes applied to this record, as bits ({@link Damage#in}), for evaluating by class.
 */
public record SynthRecord(
    String id,
    String nameAr,
    String nameEn,
    String age,
    String dob,
    String sex,
    String source,
    String dod,
    String place,
    String list,
    String truePerson,
    String trueFamily,
    int damage) {

  /** The CSV columns of {@code sijil synth}: the canonical fields, then list and truth. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name_ar",
          "name_en",
          "age",
          "dob",
          "sex",
          "source",
          "dod",
          "place",
          "list",
          "true_person");

  /** The values in {@link #COLUMNS} order. */
  public String[] toRow() {
    return new String[] {id, nameAr, nameEn, age, dob, sex, source, dod, place, list, truePerson};
  }
}
