package org.sijil.server.incidents;

import java.util.HashMap;
import java.util.Map;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Register;

/**
 * The version numbers the integrity log gives a person's records, for the person page's timeline:
 * the release ({@code SOURCE/LABEL}) of each {@code record-version} entry about the person's
 * records ({@link PersonHistory}, the history the API serves at {@code /api/persons/{id}/history})
 * to its version. Read with the page's other reads ({@link PersonReads}).
 */
public final class PersonRecordVersions {

  private PersonRecordVersions() {}

  /** Release to the version its {@code record-version} entry gave one of the person's records. */
  static Map<String, Long> of(Register reg, long person) {
    Map<String, Long> out = new HashMap<>();
    for (PersonHistory.Event e : new PersonHistory(reg).of(person)) {
      if (e.entry() instanceof LogEntry.RecordVersion v) {
        out.merge(v.release(), v.version(), Math::max);
      }
    }
    return out;
  }
}
