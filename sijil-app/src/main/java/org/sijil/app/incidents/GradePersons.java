package org.sijil.app.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.PersonGrading;
import org.sijil.core.incident.PersonStatus;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Incidents;
import org.sijil.store.Linkage;
import org.sijil.store.Register;

/**
 * Use case: each person's status by the rule of {@code docs/grading.md} ({@link PersonGrading}),
 * from the lists their records come from and the analysts' decisions; recording a decision (logged
 * with its reason and author); declaring that a list republishes another.
 */
public final class GradePersons {

  private final Register reg;

  public GradePersons(Register reg) {
    this.reg = reg;
  }

  /** Every linked person's grade, by person id. */
  public Map<Long, PersonGrading.Grade> all() {
    Map<Long, List<String>> sources = new TreeMap<>();
    reg.linkage()
        .forEachPersonRecord(
            r -> sources.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r.source()));
    Map<Long, List<GradeDecision>> decisions = decisionsByPerson();
    Map<String, String> origins = reg.incidents().origins();
    Map<Long, PersonGrading.Grade> out = new LinkedHashMap<>();
    sources.forEach(
        (person, lists) ->
            out.put(
                person,
                PersonGrading.grade(lists, origins, decisions.getOrDefault(person, List.of()))));
    return out;
  }

  /**
   * A linked person's grade from its records' lists as stored, as {@link #all()} gives it for that
   * person (none for a person not linked, or merged into another), reading only that person.
   */
  public Optional<PersonGrading.Grade> ofLinked(long person) {
    List<Linkage.PersonLink> links = reg.linkage().records(person);
    if (links.isEmpty() || links.get(0).personId() != person) {
      return Optional.empty();
    }
    Map<Long, String> sourceOf = new HashMap<>();
    reg.releases().list().forEach(r -> sourceOf.put(r.id(), r.source()));
    List<String> lists = new ArrayList<>();
    links.forEach(l -> lists.add(sourceOf.get(l.record().releaseId())));
    return Optional.of(of(person, lists));
  }

  /** One person's grade from the lists given (e.g. a served person's sources). */
  public PersonGrading.Grade of(long person, List<String> lists) {
    return of(lists, decisions(person));
  }

  /** A person's grade from the lists given and its decisions (read once for a page). */
  public PersonGrading.Grade of(List<String> lists, List<GradeDecision> decisions) {
    return PersonGrading.grade(lists, reg.incidents().origins(), decisions);
  }

  /** How many persons have each status (every status present, zero when none). */
  public Map<PersonStatus, Long> counts() {
    Map<PersonStatus, Long> out = new LinkedHashMap<>();
    for (PersonStatus s : PersonStatus.values()) {
      out.put(s, 0L);
    }
    all().values().forEach(g -> out.merge(g.status(), 1L, Long::sum));
    return out;
  }

  /** The decisions on one person, oldest first. */
  public List<GradeDecision> decisions(long person) {
    return reg.incidents().decisions(person).stream().map(GradePersons::decision).toList();
  }

  /** Records an analyst's decision with its reason; logged. */
  public GradeDecision decide(long person, GradeDecision.Kind kind, String reason, Actor by) {
    GradeDecision d =
        new GradeDecision(
            person, kind, reason == null ? null : reason.strip(), by.name(), RegisterLog.now());
    reg.transaction(
        () -> {
          reg.incidents()
              .saveDecision(
                  new Incidents.Decision(person, kind.code(), d.reason(), by.name(), d.at()));
          new RegisterLog(reg)
              .append(
                  new LogEntry.PersonGrade(d.at(), by.name(), "" + person, kind.code(), d.reason()),
                  "person:" + person);
          return null;
        });
    return d;
  }

  /** Declares that list {@code source} republishes {@code origin} (not independent of it). */
  public void declareOrigin(String source, String origin, Actor by) {
    if (source == null || source.isBlank() || origin == null || origin.isBlank()) {
      throw new org.sijil.core.UserError("a list and its origin are both needed");
    }
    reg.transaction(
        () -> {
          reg.incidents().saveOrigin(source.strip(), origin.strip(), by.name());
          return null;
        });
  }

  private Map<Long, List<GradeDecision>> decisionsByPerson() {
    Map<Long, List<GradeDecision>> out = new HashMap<>();
    for (Incidents.Decision d : reg.incidents().decisions()) {
      out.computeIfAbsent(d.personId(), k -> new ArrayList<>()).add(decision(d));
    }
    return out;
  }

  private static GradeDecision decision(Incidents.Decision d) {
    return new GradeDecision(
        d.personId(), GradeDecision.Kind.ofCode(d.kind()), d.reason(), d.by(), d.at());
  }
}
