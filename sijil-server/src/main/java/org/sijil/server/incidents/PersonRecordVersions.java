package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.core.integrity.LogEntry;
import org.sijil.server.model.Person;

/**
 * The version numbers the integrity log gives a person's records, for the person page's timeline:
 * the release ({@code SOURCE/LABEL}) of each {@code record-version} entry about the person's
 * records ({@link PersonHistory}, the history the API serves at {@code /api/persons/{id}/history})
 * to its version. Null without a register file (a demo over memory) or for a person not yet linked
 * (only {@code P} + number has a history), so the timeline then shows no versions.
 */
public final class PersonRecordVersions {

  private PersonRecordVersions() {}

  /** Release to the version its {@code record-version} entry gave one of {@code p}'s records. */
  public static Map<String, Long> of(Context ctx, Person p) {
    IncidentSite site =
        p.personId().matches("P[1-9][0-9]{0,17}") ? ctx.attribute(IncidentRoutes.SITE) : null;
    if (site == null) {
      return null;
    }
    long id = Long.parseLong(p.personId().substring(1));
    return site.with(
        reg -> {
          Map<String, Long> out = new HashMap<>();
          for (PersonHistory.Event e : new PersonHistory(reg).of(id)) {
            if (e.entry() instanceof LogEntry.RecordVersion v) {
              out.merge(v.release(), v.version(), Math::max);
            }
          }
          return out;
        });
  }
}
