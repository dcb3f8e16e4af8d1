package org.sijil.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/** Synthetic persons (the project's generator) grouped from their records by ground truth. */
final class SynthPersons {

  private SynthPersons() {}

  /** Records of each true person, in first-seen order. */
  static Map<String, List<SynthRecord>> records(int records, long seed) {
    Map<String, List<SynthRecord>> byPerson = new LinkedHashMap<>();
    for (SynthRecord r : new SyntheticLists(SynthConfig.of(records, 3, seed))) {
      byPerson.computeIfAbsent(r.truePerson(), k -> new ArrayList<>()).add(r);
    }
    return byPerson;
  }

  /** One document per true person from all its records. */
  static List<SearchDocument> documents(Map<String, List<SynthRecord>> byPerson) {
    List<SearchDocument> out = new ArrayList<>();
    long order = 0;
    for (var e : byPerson.entrySet()) {
      out.add(document(e.getKey(), order++, e.getValue(), true, true));
    }
    return out;
  }

  static SearchDocument document(
      String id, long order, List<SynthRecord> recs, boolean arabic, boolean latin) {
    SynthRecord first = recs.get(0);
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> releases = new ArrayList<>();
    for (SynthRecord r : recs) {
      if (arabic) {
        ar.add(r.nameAr());
      }
      if (latin) {
        en.add(r.nameEn());
      }
      keys.add(r.id());
      sources.add(r.list());
      releases.add(r.list() + "/r1");
    }
    Double age = first.age().isEmpty() ? null : parseAge(first.age());
    LocalDate dod = first.dod().isEmpty() ? null : LocalDate.parse(first.dod());
    String sex = first.sex().isEmpty() ? null : first.sex();
    return new SearchDocument(
        id,
        order,
        ar,
        en,
        keys,
        sex,
        age,
        dod,
        first.place(),
        sources,
        releases,
        recs.size() > 1 ? "multi-source" : "single-source");
  }

  private static Double parseAge(String age) {
    try {
      return Double.parseDouble(age.split(" ")[0]);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
