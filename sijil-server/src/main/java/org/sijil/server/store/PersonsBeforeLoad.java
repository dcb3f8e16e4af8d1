package org.sijil.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.store.PersonReads;
import org.sijil.store.Register;

/**
 * A person read by id from the register file while the server's register is still being read into
 * memory (issue 14), shaped exactly as {@link RegisterLoader} shapes it after the load: the same
 * records in the same order, the same shown values and provenance, who linked it and when. Its
 * links are not explained yet (that needs every record of the register in memory).
 */
final class PersonsBeforeLoad {

  private PersonsBeforeLoad() {}

  /** The person with this id in the register at {@code db}, read now. */
  static Optional<Person> read(Path db, String personId) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return new PublishedPerson(reg).read(personId).map(PersonsBeforeLoad::person);
    }
  }

  /** The server's view of a person read from the store. */
  static Person person(PublishedPerson.Read read) {
    List<SourceRecord> records = new ArrayList<>(read.records().size());
    for (PersonReads.StoredRecord s : read.records()) {
      records.add(RegisterLoader.toSourceRecord(s.release(), s.record()));
    }
    Person p = RegisterLoader.person(read.personId(), records);
    if (read.run() == null) {
      return p;
    }
    return new Person(
        p.personId(),
        p.nameAr(),
        p.nameEn(),
        p.age(),
        p.ageYears(),
        p.sex(),
        p.dob(),
        p.dod(),
        p.place(),
        p.provenance(),
        p.records(),
        List.of(),
        read.run().createdBy(),
        read.run().createdAt());
  }
}
