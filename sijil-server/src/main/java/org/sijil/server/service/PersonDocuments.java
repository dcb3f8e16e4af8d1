package org.sijil.server.service;

import java.util.ArrayList;
import java.util.List;
import org.sijil.search.SearchDocument;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

/**
 * What the search index gets of a person: the shown names and every record's names, the records'
 * keys, and the filter values. A person's status is {@code multi-source} when records from two or
 * more sources were linked into them, {@code single-source} otherwise.
 */
final class PersonDocuments {

  static final String MULTI_SOURCE = "multi-source";
  static final String SINGLE_SOURCE = "single-source";

  private PersonDocuments() {}

  /** The documents of {@code persons}; a document's order is the person's position in the list. */
  static List<SearchDocument> of(List<Person> persons) {
    return java.util.stream.IntStream.range(0, persons.size())
        .parallel()
        .mapToObj(i -> of(persons.get(i), i))
        .toList();
  }

  static SearchDocument of(Person p, long order) {
    List<String> ar = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> releases = new ArrayList<>();
    ar.add(p.nameAr());
    en.add(p.nameEn());
    for (SourceRecord r : p.records()) {
      ar.add(r.nameAr());
      en.add(r.nameEn());
      keys.add(r.key());
      releases.add(r.source() + "/" + r.release());
    }
    List<String> sources = p.sources();
    String status = sources.size() > 1 ? MULTI_SOURCE : SINGLE_SOURCE;
    return new SearchDocument(
        p.personId(),
        order,
        ar,
        en,
        keys,
        p.sex(),
        p.ageYears(),
        p.dod(),
        p.place(),
        sources,
        releases,
        status,
        ShownPersons.of(p).encode());
  }
}
