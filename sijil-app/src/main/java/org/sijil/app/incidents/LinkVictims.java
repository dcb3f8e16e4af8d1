package org.sijil.app.incidents;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.RegisterRecords;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.VictimLink;
import org.sijil.core.incident.VictimMatcher;
import org.sijil.core.integrity.VictimLinkEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Incidents;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Use case: victims of incidents. {@link #suggest} proposes persons whose records' date and place
 * of death, or a list's incident column, point to an incident ({@link VictimMatcher}); an analyst
 * confirms or rejects each with {@link #decide}, or links a person directly. Decided links are
 * never re-suggested or overwritten by a suggestion run. Every change is logged.
 */
public final class LinkVictims {

  /** Column names (compared without case) a list uses for the incident a death belongs to. */
  static final Set<String> INCIDENT_COLUMNS =
      Set.of("incident", "incident_id", "incident id", "الحادثة");

  private final Register reg;

  public LinkVictims(Register reg) {
    this.reg = reg;
  }

  /**
   * Suggests victims for every incident (or the one named); returns how many new suggestions were
   * stored.
   */
  public int suggest(String onlyIncident, Actor by) {
    List<Incident> incidents =
        new IncidentQueries(reg)
            .incidents().stream()
                .filter(i -> onlyIncident == null || i.id().equals(onlyIncident))
                .toList();
    if (onlyIncident != null && incidents.isEmpty()) {
      throw noSuchIncident(onlyIncident);
    }
    Map<RecordKey, Long> persons = reg.linkage().assignments();
    RegisterRecords records = RegisterRecords.read(reg);
    Map<String, VictimLink.Certainty> best = new HashMap<>();
    for (int r = 0; r < records.size(); r++) {
      Long person = persons.get(records.keys().get(r));
      if (person == null) {
        continue;
      }
      CasualtyRecord rec = records.records().get(r);
      String field = incidentField(rec);
      for (Incident i : incidents) {
        Optional<VictimLink.Certainty> c = VictimMatcher.suggest(i, rec.dod(), rec.place(), field);
        if (c.isPresent()) {
          best.merge(i.id() + "\n" + person, c.get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    Set<String> known = new HashSet<>();
    reg.incidents().allVictims().forEach(v -> known.add(v.incidentId() + "\n" + v.personId()));
    return reg.transaction(
        () -> {
          int added = 0;
          for (Map.Entry<String, VictimLink.Certainty> e : best.entrySet()) {
            if (known.contains(e.getKey())) {
              continue;
            }
            String[] parts = e.getKey().split("\n");
            save(
                parts[0],
                Long.parseLong(parts[1]),
                VictimLink.Role.KILLED,
                e.getValue(),
                VictimLink.State.SUGGESTED,
                "",
                by);
            added++;
          }
          return added;
        });
  }

  /** Records an analyst's decision on a person's link to an incident (adding it if new). */
  public VictimLink decide(
      String incidentId,
      long person,
      VictimLink.Role role,
      VictimLink.Certainty certainty,
      VictimLink.State state,
      String note,
      Actor by) {
    if (reg.incidents().find(incidentId).isEmpty()) {
      throw noSuchIncident(incidentId);
    }
    if (!reg.linkage().records(person).iterator().hasNext()) {
      throw new NotFound("the register has no person " + person);
    }
    VictimLink link = new VictimLink(incidentId, person, role, certainty, state);
    reg.transaction(
        () -> {
          save(incidentId, person, role, certainty, state, note == null ? "" : note.strip(), by);
          return null;
        });
    return link;
  }

  /** The links of an incident. */
  public List<Incidents.Victim> victims(String incidentId) {
    return reg.incidents().victims(incidentId);
  }

  private void save(
      String incident,
      long person,
      VictimLink.Role role,
      VictimLink.Certainty certainty,
      VictimLink.State state,
      String note,
      Actor by) {
    Instant at = RegisterLog.now();
    reg.incidents()
        .saveVictim(
            new Incidents.Victim(
                incident,
                person,
                role.code(),
                certainty.code(),
                state.code(),
                note.isEmpty() ? null : note,
                by.name(),
                at));
    new RegisterLog(reg)
        .append(
            new VictimLinkEntry(
                at,
                by.name(),
                incident,
                "" + person,
                state.code(),
                role.code(),
                certainty.code(),
                note),
            IncidentWrites.SUBJECT + incident);
  }

  static String incidentField(CasualtyRecord rec) {
    for (Map.Entry<String, String> e : rec.raw().entrySet()) {
      if (e.getKey() != null
          && INCIDENT_COLUMNS.contains(e.getKey().strip().toLowerCase(Locale.ROOT))
          && e.getValue() != null
          && !e.getValue().isBlank()) {
        return e.getValue();
      }
    }
    return null;
  }

  static NotFound noSuchIncident(String id) {
    return new NotFound("the register has no incident '" + id + "'");
  }
}
