package org.sijil.core.incident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When an incident happened, as precisely as is known.
 *
 * <p>Rules: {@link Precision#EXACT} has a day and a time of day; {@link Precision#DAY} a day only;
 * {@link Precision#RANGE} a first and last day, the last after the first. Written forms ({@link
 * #parse}, {@link #toString}): {@code 2024-01-09T14:30}, {@code 2024-01-09}, {@code
 * 2024-01-09/2024-01-11}.
 *
 * @param from the day (the first day of a range)
 * @param to the last day (equal to {@code from} unless a range)
 * @param time the time of day, exact only; null otherwise
 */
public record IncidentDate(Precision precision, LocalDate from, LocalDate to, LocalTime time) {

  /** How precisely the time is known. */
  public enum Precision {
    EXACT,
    DAY,
    RANGE
  }

  /** The field name used in errors. */
  static final String FIELD = "date";

  public IncidentDate {
    if (precision == null || from == null || to == null) {
      throw new InvalidIncident(FIELD, "a date needs its precision and its day(s)");
    }
    if ((precision == Precision.EXACT) != (time != null)) {
      throw new InvalidIncident(FIELD, "a time of day is given with exact dates only");
    }
    if (precision == Precision.RANGE ? !to.isAfter(from) : !to.equals(from)) {
      throw new InvalidIncident(
          FIELD, "a range's last day must follow its first (" + from + "/" + to + ")");
    }
  }

  /** A single day. */
  public static IncidentDate day(LocalDate day) {
    return new IncidentDate(Precision.DAY, day, day, null);
  }

  /** Parses the written forms above; the error names the field {@code date} and the text. */
  public static IncidentDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIncident(FIELD, "is empty (write 2024-01-09, 2024-01-09T14:30 or a range)");
    }
    String t = text.strip();
    try {
      int slash = t.indexOf('/');
      if (slash > 0) {
        return new IncidentDate(
            Precision.RANGE,
            LocalDate.parse(t.substring(0, slash).strip()),
            LocalDate.parse(t.substring(slash + 1).strip()),
            null);
      }
      if (t.indexOf('T') > 0) {
        LocalDateTime at = LocalDateTime.parse(t);
        return new IncidentDate(
            Precision.EXACT, at.toLocalDate(), at.toLocalDate(), at.toLocalTime());
      }
      return day(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      throw new InvalidIncident(
          FIELD, "'" + t + "' is not a date (2024-01-09), a time (2024-01-09T14:30) or a range");
    }
  }

  /** Whether {@code day} falls on or between this date's first and last day. */
  public boolean covers(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case EXACT -> LocalDateTime.of(from, time).toString();
      case DAY -> from.toString();
      case RANGE -> from + "/" + to;
    };
  }
}
