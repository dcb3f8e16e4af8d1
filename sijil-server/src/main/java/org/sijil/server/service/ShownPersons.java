package org.sijil.server.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.search.ShownPerson;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

/**
 * Between a served {@link Person} and the hit view the search index stores of it ({@link
 * ShownPerson}). A person made from a view carries what a hit shows (shown values, each record's
 * source, release, row, key and names) and nothing else: no provenance, links or raw rows; it is
 * for search hits only, never for a person page.
 */
public final class ShownPersons {

  private ShownPersons() {}

  /** The hit view of a served person. */
  public static ShownPerson of(Person p) {
    List<ShownPerson.Shown> records = new ArrayList<>(p.records().size());
    for (SourceRecord r : p.records()) {
      records.add(
          new ShownPerson.Shown(r.source(), r.release(), r.row(), r.key(), r.nameAr(), r.nameEn()));
    }
    return new ShownPerson(
        p.personId(),
        p.nameAr(),
        p.nameEn(),
        p.age(),
        p.sex(),
        ShownPerson.date(p.dob()),
        ShownPerson.date(p.dod()),
        p.place(),
        records);
  }

  /** A hit's person from its stored view (see the class comment for what it lacks). */
  public static Person toPerson(ShownPerson v) {
    List<SourceRecord> records = new ArrayList<>(v.records().size());
    for (ShownPerson.Shown r : v.records()) {
      records.add(
          new SourceRecord(
              r.recordId(),
              r.source(),
              r.release(),
              r.row(),
              r.key(),
              r.nameAr(),
              r.nameEn(),
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    return new Person(
        v.personId(),
        v.nameAr(),
        v.nameEn(),
        v.age(),
        null,
        v.sex(),
        date(v.dob()),
        date(v.dod()),
        v.place(),
        null,
        records,
        null);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
