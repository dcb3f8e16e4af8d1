package org.sijil.server.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person of the register: the records linked into them, the values shown for them and which
 * record each value came from.
 *
 * @param personId stable person identifier
 * @param nameAr the name shown in Arabic script; may be null when no source gives one
 * @param nameEn the name shown in Latin script; may be null
 * @param age precise age text; may be null
 * @param ageYears age in years for filters; may be null
 * @param sex {@code m}, {@code f} or null
 * @param dob date of birth; may be null
 * @param dod date of death; may be null
 * @param place place; may be null
 * @param provenance canonical field name → record id the shown value came from
 * @param records every source record of the person, oldest release first
 * @param links scored pairs between the person's records
 * @param linkedBy who ran the link run that last placed one of its records; null when not linked
 * @param linkedAt when that run ran; null when not linked
 * @param corrections analysts' corrections of its records, oldest first (empty when none)
 */
public record Person(
    String personId,
    String nameAr,
    String nameEn,
    String age,
    Double ageYears,
    String sex,
    LocalDate dob,
    LocalDate dod,
    String place,
    Map<String, String> provenance,
    List<SourceRecord> records,
    List<Link> links,
    String linkedBy,
    java.time.Instant linkedAt,
    List<Correction> corrections) {

  public Person {
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
    Objects.requireNonNull(personId, "personId");
    provenance =
        provenance == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
    records = records == null ? List.of() : List.copyOf(records);
    links = links == null ? List.of() : List.copyOf(links);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("person " + personId + " has no source record");
    }
  }

  /** This person as placed by the link run {@code by} made at {@code at}, without links. */
  public Person linkedBy(String by, java.time.Instant at) {
    return new Person(
        personId,
        nameAr,
        nameEn,
        age,
        ageYears,
        sex,
        dob,
        dod,
        place,
        provenance,
        records,
        List.of(),
        by,
        at,
        corrections);
  }

  /** A person not placed by a link run (grouped by key, or generated). */
  public Person(
      String personId,
      String nameAr,
      String nameEn,
      String age,
      Double ageYears,
      String sex,
      LocalDate dob,
      LocalDate dod,
      String place,
      Map<String, String> provenance,
      List<SourceRecord> records,
      List<Link> links) {
    this(
        personId,
        nameAr,
        nameEn,
        age,
        ageYears,
        sex,
        dob,
        dod,
        place,
        provenance,
        records,
        links,
        null,
        null,
        List.of());
  }

  /** The same person with these links (e.g. explained on demand). */
  public Person withLinks(List<Link> explained) {
    return new Person(
        personId,
        nameAr,
        nameEn,
        age,
        ageYears,
        sex,
        dob,
        dod,
        place,
        provenance,
        records,
        explained,
        linkedBy,
        linkedAt,
        corrections);
  }

  /** The sources the person appears in, in first-seen order. */
  public List<String> sources() {
    return records.stream().map(SourceRecord::source).distinct().toList();
  }
}
