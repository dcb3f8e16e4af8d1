package org.sijil.app.incidents;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentType;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.core.integrity.IncidentEntry;
import org.sijil.store.Incidents;
import org.sijil.store.Register;

/** Saving an incident version with its log entry; shared by import and edit. */
final class IncidentWrites {

  /** Log subject prefix of an incident's entries: {@code incident:ID}. */
  static final String SUBJECT = "incident:";

  private IncidentWrites() {}

  /** The type codes an incident may use: the default vocabulary and the register's additions. */
  static Set<String> typeCodes(Register reg) {
    Set<String> codes = new HashSet<>();
    IncidentType.DEFAULTS.forEach(t -> codes.add(t.code()));
    reg.incidents().types().forEach(t -> codes.add(t.code()));
    return codes;
  }

  static void checkType(Incident i, Set<String> codes) {
    if (!codes.contains(i.type())) {
      throw new InvalidIncident(
          "type", "'" + i.type() + "' is not in the vocabulary (sijil incidents types lists it)");
    }
  }

  /**
   * Saves {@code i} as a new version unless the stored version is the same document; call inside a
   * transaction. Returns the new version, or empty when nothing changed.
   */
  static Optional<Integer> save(Register reg, Incident i, String change, Actor by) {
    Incidents.Row row = IncidentJson.row(i);
    Optional<Incidents.Stored> old = reg.incidents().find(i.id());
    if (old.isPresent() && old.get().row().document().equals(row.document())) {
      return Optional.empty();
    }
    int version = reg.incidents().save(row, change, by.name());
    new RegisterLog(reg)
        .append(
            new IncidentEntry(
                RegisterLog.now(),
                by.name(),
                i.id(),
                version,
                IncidentJson.sha256(row.document()),
                change),
            SUBJECT + i.id());
    return Optional.of(version);
  }
}
