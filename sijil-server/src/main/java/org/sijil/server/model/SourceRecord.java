package org.sijil.server.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One row of one release of one source list, as the register keeps it: the parsed canonical values
 * and every raw column verbatim, with where it came from.
 *
 * @param recordId the register's stable identifier of the row ({@code source/release/row})
 * @param source the list it came from (e.g. {@code moh})
 * @param release the release label of that list
 * @param row 1-based data row in the imported file
 * @param key the list's own key for the row (usually the identity number); may be null
 * @param nameAr name in Arabic script as written; may be null
 * @param nameEn name in Latin script as written; may be null
 * @param age age at death in its precise written form ({@code 43}, {@code 7 months}); may be null
 * @param ageYears age in fractional years for filters and charts; null when absent
 * @param sex {@code m} or {@code f}; null when absent
 * @param dob date of birth; may be null
 * @param dod date of death; may be null
 * @param place place of death or residence; may be null
 * @param raw every column of the row by its header, verbatim
 */
public record SourceRecord(
    String recordId,
    String source,
    String release,
    long row,
    String key,
    String nameAr,
    String nameEn,
    String age,
    Double ageYears,
    String sex,
    LocalDate dob,
    LocalDate dod,
    String place,
    Map<String, String> raw) {

  public SourceRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(release, "release");
    if (sex != null && !sex.equals("m") && !sex.equals("f")) {
      throw new IllegalArgumentException(
          "sex must be m or f, not '" + sex + "' (record " + recordId + ")");
    }
    // A stored row's RawRow is already an immutable, ordered view over shared header keys: kept as
    // it is, so publishing a register does not build a hash map per record.
    raw =
        raw == null
            ? Map.of()
            : raw instanceof org.sijil.core.record.RawRow
                ? raw
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
  }
}
