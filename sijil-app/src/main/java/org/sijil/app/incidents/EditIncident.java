package org.sijil.app.incidents;

import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentType;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.store.Incidents;
import org.sijil.store.Register;

/**
 * Use case: an analyst saves an incident (new or edited) with a note saying what changed, or adds a
 * type to the vocabulary. The previous versions stay in the history; the change is logged.
 */
public final class EditIncident {

  private final Register reg;

  public EditIncident(Register reg) {
    this.reg = reg;
  }

  /**
   * Saves {@code incident}; {@code expectedVersion} is the version the analyst edited (0 for a new
   * incident), so two analysts editing at once do not overwrite each other silently.
   *
   * @return the new version, or empty when nothing changed
   * @throws StaleVersion when the incident changed since {@code expectedVersion}
   */
  public Optional<Integer> save(Incident incident, int expectedVersion, String note, Actor by) {
    String change = note == null || note.isBlank() ? "edited" : note.strip();
    return reg.transaction(
        () -> {
          int current =
              reg.incidents().find(incident.id()).map(Incidents.Stored::version).orElse(0);
          if (current != expectedVersion) {
            throw new StaleVersion(
                "incident "
                    + incident.id()
                    + " is at version "
                    + current
                    + ", not "
                    + expectedVersion
                    + ": someone saved it meanwhile; reload it and edit again");
          }
          IncidentWrites.checkType(incident, IncidentWrites.typeCodes(reg));
          return IncidentWrites.save(reg, incident, change, by);
        });
  }

  /** Adds a type to the vocabulary (or renames one). */
  public void addType(IncidentType type, Actor by) {
    if (type == null) {
      throw new InvalidIncident("code", "is required");
    }
    reg.transaction(
        () -> {
          reg.incidents()
              .saveType(
                  new Incidents.Type(
                      type.code(),
                      type.english(),
                      type.arabic(),
                      by.name(),
                      java.time.Instant.now()));
          return null;
        });
  }
}
