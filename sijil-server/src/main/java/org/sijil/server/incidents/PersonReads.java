package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sijil.app.incidents.GradePersons;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.PersonGrading;
import org.sijil.server.model.Person;

/**
 * What a person's page reads from the register file beyond the served snapshot, in one open of it:
 * the person's status by {@code docs/grading.md}, the analysts' decisions, the incidents it is a
 * confirmed victim of, and the versions the integrity log gives its records ({@link
 * PersonRecordVersions}). Each read asks for this one person (a page used to open the file once per
 * section and read every decision and victim link of the register).
 *
 * <p>Without a register file (a demo over memory), or for a person not linked yet (only {@code P} +
 * number has stored decisions, incidents and a history), the status follows the sources alone and
 * the other parts are empty ({@code versions} null: the timeline then shows none).
 *
 * @param grade the status and the independent sources it rests on
 * @param decisions the analysts' decisions on the person, oldest first
 * @param incidents the incidents the person is a confirmed victim of, by id
 * @param versions release ({@code SOURCE/LABEL}) to the version of the person's record in it
 */
public record PersonReads(
    PersonGrading.Grade grade,
    List<GradeDecision> decisions,
    List<String> incidents,
    Map<String, Long> versions) {

  /** Reads them for {@code p} on the register the request's server serves. */
  public static PersonReads of(Context ctx, Person p) {
    IncidentSite site = linked(p) ? ctx.attribute(IncidentRoutes.SITE) : null;
    if (site == null) {
      return new PersonReads(
          PersonGrading.grade(p.sources(), Map.of(), List.of()), List.of(), List.of(), null);
    }
    long id = Long.parseLong(p.personId().substring(1));
    return site.with(
        reg -> {
          GradePersons grades = new GradePersons(reg);
          List<GradeDecision> decisions = grades.decisions(id);
          return new PersonReads(
              grades.of(p.sources(), decisions),
              decisions,
              new IncidentQueries(reg).incidentsOf(id),
              PersonRecordVersions.of(reg, id));
        });
  }

  /** True when {@code p} is a linked person ({@code P} + number), which has stored reads. */
  static boolean linked(Person p) {
    return p.personId().matches("P[1-9][0-9]{0,17}");
  }
}
