package org.sijil.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.publish.PublishedPerson;
import org.sijil.app.records.PublishedAmendments;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.store.PersonReads;
import org.sijil.store.Register;

/**
 * Persons read by id from the register file while the server's register is still being read into
 * memory (issue 14), shaped exactly as {@link RegisterLoader} shapes them after the load: the same
 * records in the same order, the same shown values and provenance, analysts' corrections and
 * removals, who linked them and when. Their links are not explained yet (that needs every record of
 * the register in memory).
 *
 * <p>One register is kept open for these reads until {@link #close} (the load has ended): opening a
 * DuckDB file costs several times the read itself (about 270 ms against 56 ms of CPU per person at
 * 1M persons). Reads take turns on it (a register is not thread-safe); after {@code close} each
 * read opens its own.
 */
final class PersonsBeforeLoad implements AutoCloseable {

  private final Path db;
  private Register open;
  private boolean closed;

  PersonsBeforeLoad(Path db) {
    this.db = db;
  }

  /** The person with this id in the register, read now. */
  synchronized Optional<Person> read(String personId) {
    if (closed) {
      return read(db, personId);
    }
    if (open == null) {
      open = Register.open(db, StoreLock.WAIT);
    }
    return new PublishedPerson(open).read(personId).map(PersonsBeforeLoad::person);
  }

  /** Closes the register kept open; later reads open their own. */
  @Override
  public synchronized void close() {
    closed = true;
    if (open != null) {
      open.close();
      open = null;
    }
  }

  /** The person with this id in the register at {@code db}, read now on its own opening. */
  static Optional<Person> read(Path db, String personId) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return new PublishedPerson(reg).read(personId).map(PersonsBeforeLoad::person);
    }
  }

  /** The server's view of a person read from the store ({@link RegisterLoader#placed}). */
  static Person person(PublishedPerson.Read read) {
    List<SourceRecord> records = new ArrayList<>(read.records().size());
    Map<String, List<PublishedAmendments.Note>> notes = new HashMap<>();
    for (PersonReads.StoredRecord s : read.records()) {
      SourceRecord r = RegisterLoader.toSourceRecord(s.release(), s.record());
      records.add(r);
      List<PublishedAmendments.Note> mine = read.notes().get(s.key());
      if (mine != null) {
        notes.put(r.recordId(), mine);
      }
    }
    return RegisterLoader.placed(read.personId(), records, read.run(), notes);
  }
}
