package org.sijil.server.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.store.Register;

/**
 * Reads what the server publishes from the register into memory at start.
 *
 * <p>Persons: until the register holds linked persons (migration 2), records of the latest release of
 * each source are grouped by their list key (the identity number) — an exact-key grouping, clearly
 * weaker than the linkage model — and records without a key stand alone.
 */
public final class RegisterLoader {

  private RegisterLoader() {}

  public static RegisterData load(Register register) {
    List<org.sijil.store.Release> stored = register.releases().list();
    List<Release> releases = new ArrayList<>();
    Map<String, org.sijil.store.Release> latest = new LinkedHashMap<>();
    for (org.sijil.store.Release r : stored) {
      releases.add(new Release(r.source(), r.label(), r.asOf(), r.importedAt(), r.sha256(), r.rowsImported(), r.rowsRejected()));
      latest.put(r.source(), r); // list() is ordered by source, then as-of date, then import time
    }
    Map<String, List<SourceRecord>> byKey = new LinkedHashMap<>();
    List<List<SourceRecord>> keyless = new ArrayList<>();
    for (org.sijil.store.Release r : latest.values()) {
      register.records().forEach(r.id(), rec -> {
        SourceRecord s = toSourceRecord(r, rec);
        if (s.key() == null || s.key().isBlank()) {
          keyless.add(List.of(s));
        } else {
          byKey.computeIfAbsent(s.key(), k -> new ArrayList<>(2)).add(s);
        }
      });
    }
    List<Person> persons = new ArrayList<>(byKey.size() + keyless.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Map.Entry<String, List<SourceRecord>> e : byKey.entrySet()) {
      persons.add(person(uniqueId("K" + e.getKey(), seen), e.getValue()));
    }
    for (List<SourceRecord> one : keyless) {
      persons.add(person(uniqueId("R" + one.get(0).recordId().replace('/', '-'), seen), one));
    }
    return new RegisterData(persons, releases, Map.of(), null, List.of());
  }

  private static String uniqueId(String id, Map<String, Integer> seen) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  static SourceRecord toSourceRecord(org.sijil.store.Release release, CasualtyRecord r) {
    return new SourceRecord(
        release.source() + "/" + release.label() + "/" + r.row(),
        release.source(),
        release.label(),
        r.row(),
        r.id(),
        r.nameAr(),
        r.nameEn(),
        r.age() == null ? null : r.age().toString(),
        r.age() == null ? null : r.age().inYears(),
        r.sex() == null ? null : r.sex().code(),
        r.dob(),
        r.dod(),
        r.place(),
        r.raw());
  }

  /** A person from its records: each shown value is the first record's that has one, and says so. */
  public static Person person(String personId, List<SourceRecord> records) {
    Map<String, String> provenance = new LinkedHashMap<>();
    SourceRecord nameAr = first(records, r -> r.nameAr(), "name_ar", provenance);
    SourceRecord nameEn = first(records, r -> r.nameEn(), "name_en", provenance);
    SourceRecord age = first(records, r -> r.age(), "age", provenance);
    SourceRecord sex = first(records, r -> r.sex(), "sex", provenance);
    SourceRecord dob = first(records, r -> r.dob(), "dob", provenance);
    SourceRecord dod = first(records, r -> r.dod(), "dod", provenance);
    SourceRecord place = first(records, r -> r.place(), "place", provenance);
    return new Person(
        personId,
        nameAr == null ? null : nameAr.nameAr(),
        nameEn == null ? null : nameEn.nameEn(),
        age == null ? null : age.age(),
        age == null ? null : age.ageYears(),
        sex == null ? null : sex.sex(),
        dob == null ? null : dob.dob(),
        dod == null ? null : dod.dod(),
        place == null ? null : place.place(),
        provenance,
        records,
        List.of());
  }

  private static SourceRecord first(
      List<SourceRecord> records, java.util.function.Function<SourceRecord, Object> value, String field, Map<String, String> provenance) {
    for (SourceRecord r : records) {
      Object v = value.apply(r);
      if (v != null && !v.toString().isBlank()) {
        provenance.put(field, r.recordId());
        return r;
      }
    }
    return null;
  }
}
