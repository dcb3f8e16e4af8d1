package org.sijil.app.incidents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.PersonGrading;
import org.sijil.core.incident.PersonStatus;
import org.sijil.core.incident.VictimLink;
import org.sijil.store.Incidents;
import org.sijil.store.Register;

/**
 * Reading incidents: lists with filters, one incident with its victims and history, figures by
 * governorate (for the map) and the timeline (with incidents after a ceasefire date).
 */
public final class IncidentQueries {

  /**
   * Which incidents to list; null fields do not filter.
   *
   * @param after incidents whose last day is on or after this day (e.g. a ceasefire's)
   */
  public record Filter(
      Governorate governorate, String type, String grade, LocalDate after, LocalDate before) {
    public static final Filter ALL = new Filter(null, null, null, null, null);

    boolean keeps(Incident i) {
      return (governorate == null || i.place().governorate() == governorate)
          && (type == null || i.type().equals(type))
          && (grade == null || i.grade().code().equals(grade))
          && (after == null || !i.date().to().isBefore(after))
          && (before == null || !i.date().from().isAfter(before));
    }
  }

  /** An incident as listed: its current version and how many named victims are confirmed. */
  public record Summary(
      Incident incident,
      int version,
      String updatedBy,
      java.time.Instant updatedAt,
      int namedKilled) {}

  /**
   * One incident in full.
   *
   * @param namedKilled confirmed victims with the role killed
   * @param reportedKilledMissing how many of the reported minimum killed are not yet named (0 when
   *     all are)
   */
  public record Detail(
      Summary summary,
      List<Incidents.Victim> victims,
      List<Incidents.Version> history,
      int namedKilled,
      int reportedKilledMissing) {}

  /** Figures of a governorate for the map. */
  public record GovernorateFigures(
      Governorate governorate, int incidents, long killedMin, long killedMax, long namedDeaths) {}

  private final Register reg;

  public IncidentQueries(Register reg) {
    this.reg = reg;
  }

  /** Every incident's current version, by first day. */
  public List<Incident> incidents() {
    return reg.incidents().list().stream()
        .map(s -> IncidentJson.parse(s.row().document()))
        .toList();
  }

  /** The incidents the filter keeps, by first day then id. */
  public List<Summary> list(Filter filter) {
    Map<String, Integer> named = namedKilled();
    return reg.incidents().list().stream()
        .map(s -> summary(s, named))
        .filter(s -> filter.keeps(s.incident()))
        .toList();
  }

  /** One incident with its victims and every version. */
  public Optional<Detail> show(String id) {
    return reg.incidents()
        .find(id)
        .map(
            s -> {
              Summary sum = summary(s, namedKilled());
              int min = sum.incident().killed().min();
              return new Detail(
                  sum,
                  reg.incidents().victims(id),
                  reg.incidents().history(id),
                  sum.namedKilled(),
                  Math.max(0, min - sum.namedKilled()));
            });
  }

  /**
   * Incidents and deaths by governorate: incidents the filter keeps with their reported killed, and
   * persons whose place of death names the governorate, counted only with a status in {@code
   * statuses} (all when empty).
   */
  public List<GovernorateFigures> byGovernorate(Filter filter, Set<PersonStatus> statuses) {
    Map<Governorate, int[]> incidents = new EnumMap<>(Governorate.class);
    Map<Governorate, long[]> killed = new EnumMap<>(Governorate.class);
    for (Summary s : list(filter)) {
      Incident i = s.incident();
      incidents.computeIfAbsent(i.place().governorate(), g -> new int[1])[0]++;
      long[] k = killed.computeIfAbsent(i.place().governorate(), g -> new long[2]);
      k[0] += i.killed().min();
      k[1] += i.killed().max() == null ? i.killed().min() : i.killed().max();
    }
    Map<Governorate, Long> deaths = deathsByGovernorate(statuses);
    return java.util.Arrays.stream(Governorate.values())
        .map(
            g ->
                new GovernorateFigures(
                    g,
                    incidents.getOrDefault(g, new int[1])[0],
                    killed.getOrDefault(g, new long[2])[0],
                    killed.getOrDefault(g, new long[2])[1],
                    deaths.getOrDefault(g, 0L)))
        .toList();
  }

  /** Persons by the governorate their place of death names (first record that names one). */
  Map<Governorate, Long> deathsByGovernorate(Set<PersonStatus> statuses) {
    Map<Long, PersonGrading.Grade> grades =
        statuses.isEmpty() ? Map.of() : new GradePersons(reg).all();
    Map<Long, Governorate> placeOf = new HashMap<>();
    reg.linkage()
        .forEachPersonRecord(
            r -> Governorate.match(r.place()).ifPresent(g -> placeOf.putIfAbsent(r.personId(), g)));
    Map<Governorate, Long> out = new EnumMap<>(Governorate.class);
    placeOf.forEach(
        (person, g) -> {
          PersonGrading.Grade grade = grades.get(person);
          if (statuses.isEmpty() || (grade != null && statuses.contains(grade.status()))) {
            out.merge(g, 1L, Long::sum);
          }
        });
    return out;
  }

  /** The incidents one person is a confirmed victim of, by id. */
  public List<String> incidentsOf(long person) {
    return reg.incidents().victimsOf(person).stream()
        .filter(v -> v.state().equals(VictimLink.State.CONFIRMED.code()))
        .map(Incidents.Victim::incidentId)
        .toList();
  }

  /** The incidents each person is a confirmed victim of. */
  public Map<Long, List<String>> incidentsOfPersons() {
    Map<Long, List<String>> out = new HashMap<>();
    for (Incidents.Victim v : reg.incidents().allVictims()) {
      if (v.state().equals(VictimLink.State.CONFIRMED.code())) {
        out.computeIfAbsent(v.personId(), k -> new java.util.ArrayList<>()).add(v.incidentId());
      }
    }
    return out;
  }

  private Summary summary(Incidents.Stored s, Map<String, Integer> named) {
    return new Summary(
        IncidentJson.parse(s.row().document()),
        s.version(),
        s.updatedBy(),
        s.updatedAt(),
        named.getOrDefault(s.row().id(), 0));
  }

  private Map<String, Integer> namedKilled() {
    Map<String, Integer> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Incidents.Victim v : reg.incidents().allVictims()) {
      if (v.state().equals(VictimLink.State.CONFIRMED.code())
          && v.role().equals(VictimLink.Role.KILLED.code())
          && seen.add(v.incidentId() + "/" + v.personId())) {
        out.merge(v.incidentId(), 1, Integer::sum);
      }
    }
    return out;
  }
}
