package org.sijil.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sijil.server.model.SearchQuery;

/** Reads query parameters, failing with a 400 that names the parameter and the bad value. */
public final class Params {

  private Params() {}

  public static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public static Integer integer(Context ctx, String name, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new HttpError.BadParameter(
            "parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new HttpError.BadParameter(
          "parameter '" + name + "' must be a whole number, not '" + v + "'");
    }
  }

  public static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new HttpError.BadParameter(
          "parameter '" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
    }
  }

  public static String sex(Context ctx) {
    String v = text(ctx, "sex");
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "m", "male" -> "m";
      case "f", "female" -> "f";
      default ->
          throw new HttpError.BadParameter("parameter 'sex' must be m or f, not '" + v + "'");
    };
  }

  /** {@code multi-source}, {@code single-source} or null. */
  public static String status(Context ctx) {
    String v = text(ctx, "status");
    if (v == null || v.equals("multi-source") || v.equals("single-source")) {
      return v;
    }
    throw new HttpError.BadParameter(
        "parameter 'status' must be multi-source or single-source, not '" + v + "'");
  }

  /** A boolean parameter: {@code true}/{@code 1} or {@code false}/{@code 0}; false when absent. */
  public static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw new HttpError.BadParameter(
              "parameter '" + name + "' must be true or false, not '" + v + "'");
    };
  }

  /**
   * The search query of {@code q, sex, min_age, max_age, source, release, place, dod_from, dod_to,
   * status, offset, limit, facets}; a range given the wrong way round is a bad parameter too.
   */
  public static SearchQuery search(Context ctx, int defaultLimit) {
    SearchQuery q = searchAsTyped(ctx, defaultLimit);
    if (agesReversed(q)) {
      throw new HttpError.BadParameter(
          "parameter 'min_age' ("
              + q.minAge()
              + ") must not exceed 'max_age' ("
              + q.maxAge()
              + ")");
    }
    if (datesReversed(q)) {
      throw new HttpError.BadParameter(
          "parameter 'dod_from' ("
              + q.dodFrom()
              + ") must not be after 'dod_to' ("
              + q.dodTo()
              + ")");
    }
    return q;
  }

  /**
   * The search query as typed: each parameter checked alone, a range's two ends not against each
   * other, so that a page can say a reversed range in the reader's language beside its form.
   */
  public static SearchQuery searchAsTyped(Context ctx, int defaultLimit) {
    Integer minAge = integer(ctx, "min_age", 0, 150);
    Integer maxAge = integer(ctx, "max_age", 0, 150);
    java.time.LocalDate dodFrom = date(ctx, "dod_from");
    java.time.LocalDate dodTo = date(ctx, "dod_to");
    Integer offset = integer(ctx, "offset", 0, Integer.MAX_VALUE);
    Integer limit = integer(ctx, "limit", 1, SearchQuery.MAX_LIMIT);
    String q = ctx.queryParam("q");
    if (q != null && q.length() > 200) {
      throw new HttpError.BadParameter("parameter 'q' must be at most 200 characters");
    }
    return new SearchQuery(
        q,
        sex(ctx),
        minAge,
        maxAge,
        text(ctx, "source"),
        text(ctx, "release"),
        text(ctx, "place"),
        dodFrom,
        dodTo,
        status(ctx),
        offset == null ? 0 : offset,
        limit == null ? defaultLimit : limit,
        flag(ctx, "facets"));
  }

  /** Whether both ages are given and the lowest is above the highest. */
  public static boolean agesReversed(SearchQuery q) {
    return q.minAge() != null && q.maxAge() != null && q.minAge() > q.maxAge();
  }

  /** Whether both dates of death are given and the first is after the last. */
  public static boolean datesReversed(SearchQuery q) {
    return q.dodFrom() != null && q.dodTo() != null && q.dodFrom().isAfter(q.dodTo());
  }
}
