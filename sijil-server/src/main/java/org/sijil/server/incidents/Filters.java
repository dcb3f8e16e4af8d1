package org.sijil.server.incidents;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.sijil.app.incidents.IncidentQueries;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.core.incident.PersonStatus;
import org.sijil.server.http.HttpError;

/** Query parameters of the incident lists, map and timeline. */
final class Filters {

  private Filters() {}

  /** {@code governorate}, {@code type}, {@code grade}, {@code after}, {@code before}. */
  static IncidentQueries.Filter of(Context ctx) {
    try {
      String g = blank(ctx.queryParam("governorate"));
      return new IncidentQueries.Filter(
          g == null ? null : Governorate.ofCode(g),
          blank(ctx.queryParam("type")),
          blank(ctx.queryParam("grade")),
          date(ctx, "after"),
          date(ctx, "before"));
    } catch (InvalidIncident e) {
      throw new HttpError.BadParameter(e.getMessage());
    }
  }

  /** {@code status} (repeatable): the statuses persons are counted with; empty for all. */
  static Set<PersonStatus> statuses(Context ctx) {
    Set<PersonStatus> out = EnumSet.noneOf(PersonStatus.class);
    try {
      for (String s : ctx.queryParams("status")) {
        if (!s.isBlank()) {
          out.add(PersonStatus.ofCode(s));
        }
      }
    } catch (InvalidIncident e) {
      throw new HttpError.BadParameter(e.getMessage());
    }
    return out;
  }

  static LocalDate date(Context ctx, String name) {
    String v = blank(ctx.queryParam(name));
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new HttpError.BadParameter(name + ": '" + v + "' is not a date (yyyy-mm-dd)");
    }
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
