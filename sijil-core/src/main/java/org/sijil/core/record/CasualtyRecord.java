package org.sijil.core.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed row of a list release, in canonical fields. Any field may be null when the list does
 * not give it or when its value could not be parsed (the raw text is then kept in {@link #raw()}
 * and a warning recorded by the importer; values are never guessed).
 *
 * @param row 1-based data row of the file, after any title and header lines
 * @param id identity number or list key as written (trimmed)
 * @param nameAr name in Arabic script, as written
 * @param nameEn name in Latin script, as written
 * @param age precise age at death
 * @param dob date of birth
 * @param sex sex
 * @param source the list's own source code for the row (e.g. {@code h} hospital, {@code c} family)
 * @param dod date of death
 * @param place place of death or residence
 * @param raw every column of the row by its header in the file, verbatim
 */
public record CasualtyRecord(
    long row,
    String id,
    String nameAr,
    String nameEn,
    Age age,
    LocalDate dob,
    Sex sex,
    String source,
    LocalDate dod,
    String place,
    Map<String, String> raw) {

  public CasualtyRecord {
    raw =
        raw == null
            ? Map.of()
            : raw instanceof RawRow
                ? raw // already immutable and ordered; no per-row copy
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
  }

  /** The canonical value as text, as CSV outputs and mapping files write it; null when absent. */
  public String text(CanonicalField field) {
    Objects.requireNonNull(field, "field");
    return switch (field) {
      case ID -> id;
      case NAME_AR -> nameAr;
      case NAME_EN -> nameEn;
      case AGE -> age == null ? null : age.toString();
      case DOB -> dob == null ? null : dob.toString();
      case SEX -> sex == null ? null : sex.code();
      case SOURCE -> source;
      case DOD -> dod == null ? null : dod.toString();
      case PLACE -> place;
    };
  }
}
