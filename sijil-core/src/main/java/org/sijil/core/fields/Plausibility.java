package org.sijil.core.fields;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowWarning;

/**
 * Facts in one record that cannot all be true. Values are never changed, only warned about, so a
 * keeper can check them against the source. The rules:
 *
 * <ul>
 *   <li>{@code implausible_birth}: a birth date before {@value #EARLIEST_BIRTH_YEAR};
 *   <li>{@code age_disagrees}: a birth date and an age more than {@value #AGE_SLACK_YEARS} years
 *       apart, the age taken at the death date, else at the list's as-of date (unchecked when
 *       neither is known);
 *   <li>{@code after_as_of}: a birth or death date after the list's as-of date;
 *   <li>{@code death_before_birth}: a death date before the birth date.
 * </ul>
 */
public final class Plausibility {

  /**
   * Births before this year are taken as typing errors (no victim of a recent war was born then).
   */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  /**
   * Years an age may differ from the one a birth date gives (ages are often rounded or "about").
   */
  public static final int AGE_SLACK_YEARS = 2;

  private Plausibility() {}

  /**
   * The warnings for {@code r}.
   *
   * @param asOf the list's as-of date, or null when not known
   */
  public static List<RowWarning> check(CasualtyRecord r, LocalDate asOf) {
    List<RowWarning> out = new ArrayList<>(0);
    LocalDate dob = r.dob();
    LocalDate dod = r.dod();
    long row = r.row();
    if (dob != null && dob.getYear() < EARLIEST_BIRTH_YEAR) {
      out.add(
          new RowWarning(
              row,
              "dob",
              "implausible_birth",
              dob.toString(),
              "birth date " + dob + " is before " + EARLIEST_BIRTH_YEAR));
    }
    if (asOf != null && dob != null && dob.isAfter(asOf)) {
      out.add(
          new RowWarning(
              row,
              "dob",
              "after_as_of",
              dob.toString(),
              "birth date " + dob + " is after the list's as-of date " + asOf));
    }
    if (asOf != null && dod != null && dod.isAfter(asOf)) {
      out.add(
          new RowWarning(
              row,
              "dod",
              "after_as_of",
              dod.toString(),
              "death date " + dod + " is after the list's as-of date " + asOf));
    }
    if (dob != null && dod != null && dod.isBefore(dob)) {
      out.add(
          new RowWarning(
              row,
              "dod",
              "death_before_birth",
              dod.toString(),
              "death date " + dod + " is before the birth date " + dob));
    }
    Age age = r.age();
    LocalDate at = dod != null ? dod : asOf;
    if (dob != null && age != null && at != null && !at.isBefore(dob)) {
      int fromDates = Period.between(dob, at).getYears();
      if (Math.abs(fromDates - age.completedYears()) > AGE_SLACK_YEARS) {
        out.add(
            new RowWarning(
                row,
                "age",
                "age_disagrees",
                age.toString(),
                "age "
                    + age
                    + " disagrees with the birth date "
                    + dob
                    + " ("
                    + fromDates
                    + " years at "
                    + at
                    + ")"));
      }
    }
    return out;
  }
}
