package org.sijil.app.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentType;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.core.integrity.IncidentTypeEntry;
import org.sijil.store.Incidents;
import org.sijil.store.Register;

/**
 * Use case: an analyst saves an incident (new or edited) with a note saying what changed, or adds a
 * type to the vocabulary. The previous versions stay in the history; the change is logged.
 */
public final class EditIncident {

  /** Log subject prefix of a vocabulary change: {@code incident-type:CODE}. */
  public static final String TYPE_SUBJECT = "incident-type:";

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
                    + ": someone saved it meanwhile; reload it and edit again",
                current,
                expectedVersion);
          }
          IncidentWrites.checkType(incident, IncidentWrites.typeCodes(reg));
          return IncidentWrites.save(reg, incident, change, by);
        });
  }

  /**
   * Adds a type to the vocabulary, or renames one (a default type too: the register's names then
   * win). The change is kept with who and when and logged as an {@code incident-type} entry under
   * the subject {@code incident-type:CODE}; saving the same names again changes and logs nothing.
   *
   * @return {@code "added"} or {@code "renamed"}, or empty when nothing changed
   */
  public Optional<String> addType(IncidentType type, Actor by) {
    if (type == null) {
      throw new InvalidIncident("code", "is required");
    }
    return reg.transaction(
        () -> {
          Optional<IncidentType> old = currentType(type.code());
          if (old.isPresent() && old.get().equals(type)) {
            return Optional.<String>empty();
          }
          String change = old.isPresent() ? "renamed" : "added";
          java.time.Instant now = RegisterLog.now();
          reg.incidents()
              .saveType(
                  new Incidents.Type(type.code(), type.english(), type.arabic(), by.name(), now));
          new RegisterLog(reg)
              .append(
                  new IncidentTypeEntry(
                      now, by.name(), type.code(), type.english(), type.arabic(), change),
                  TYPE_SUBJECT + type.code());
          return Optional.of(change);
        });
  }

  /** The vocabulary: the defaults, with the register's additions and renamings. */
  public static List<IncidentType> vocabulary(Register reg) {
    Map<String, IncidentType> out = new LinkedHashMap<>();
    IncidentType.DEFAULTS.forEach(t -> out.put(t.code(), t));
    for (Incidents.Type t : reg.incidents().types()) {
      out.put(t.code(), new IncidentType(t.code(), t.english(), t.arabic()));
    }
    return List.copyOf(out.values());
  }

  private Optional<IncidentType> currentType(String code) {
    return vocabulary(reg).stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
