package org.sijil.app.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.fields.AgeParser;
import org.sijil.core.fields.Parsed;
import org.sijil.core.fields.SexParser;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The fields an analyst may correct and how a corrected value is read and written back into a
 * record. Pure.
 *
 * <p>Rules: the correctable fields are the public ones, {@code name_ar}, {@code name_en}, {@code
 * age}, {@code dob}, {@code sex}, {@code dod} and {@code place} (not the key or the list's own
 * source code: a record's key is what its history follows). A value is read as the importer reads a
 * cell (an age as written on lists, {@code 7 months}, {@code 43}; sex {@code m}/{@code f} or its
 * Arabic word; dates ISO {@code yyyy-MM-dd}) and kept in its canonical text ({@link
 * CasualtyRecord#text}); a value that does not read is refused, naming the field. The record's raw
 * cells are never changed: they stay what the list said.
 */
public final class CorrectedValues {

  /** The fields that can be corrected, in the order pages list them. */
  public static final List<CanonicalField> CORRECTABLE =
      List.of(
          CanonicalField.NAME_AR,
          CanonicalField.NAME_EN,
          CanonicalField.AGE,
          CanonicalField.DOB,
          CanonicalField.SEX,
          CanonicalField.DOD,
          CanonicalField.PLACE);

  private CorrectedValues() {}

  /** The correctable field named {@code key}, or a {@link UserError} naming it. */
  public static CanonicalField field(String key) {
    String k = key == null ? "" : key.strip();
    CanonicalField f =
        CanonicalField.byKey(k).orElseThrow(() -> new UserError("unknown field '" + key + "'"));
    if (!CORRECTABLE.contains(f)) {
      throw new UserError(
          "field '"
              + f.key()
              + "' cannot be corrected (only "
              + String.join(", ", CORRECTABLE.stream().map(CanonicalField::key).toList())
              + ")");
    }
    return f;
  }

  /** {@code value} in its canonical text for {@code field}, or a {@link UserError}. */
  public static String canonical(CanonicalField field, String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new UserError("a value for " + field.key() + " is required");
    }
    return with(
            new CasualtyRecord(1, null, null, null, null, null, null, null, null, null, null),
            field,
            v)
        .text(field);
  }

  /** {@code record} with {@code field} set to {@code value} (its raw cells unchanged). */
  public static CasualtyRecord with(CasualtyRecord r, CanonicalField field, String value) {
    String ar = r.nameAr();
    String en = r.nameEn();
    Age age = r.age();
    LocalDate dob = r.dob();
    Sex sex = r.sex();
    LocalDate dod = r.dod();
    String place = r.place();
    switch (field) {
      case NAME_AR -> ar = value;
      case NAME_EN -> en = value;
      case AGE -> age = parsed(field, value, AgeParser.parse(value));
      case DOB -> dob = date(field, value);
      case SEX -> sex = parsed(field, value, SexParser.parse(value));
      case DOD -> dod = date(field, value);
      case PLACE -> place = value;
      default -> throw new UserError("field '" + field.key() + "' cannot be corrected");
    }
    return new CasualtyRecord(
        r.row(), r.id(), ar, en, age, dob, sex, r.source(), dod, place, r.raw());
  }

  private static <T> T parsed(CanonicalField field, String value, Parsed<T> p) {
    if (p.value() == null) {
      throw new UserError(
          "'"
              + value
              + "' is not a value for "
              + field.key()
              + (p.problem() == null ? "" : " (" + p.problem() + ")"));
    }
    return p.value();
  }

  private static LocalDate date(CanonicalField field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError("'" + value + "' is not a date (yyyy-MM-dd) for " + field.key());
    }
  }
}
