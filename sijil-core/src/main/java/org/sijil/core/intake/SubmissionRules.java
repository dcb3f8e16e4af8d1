package org.sijil.core.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a submission must meet to be stored; a submission that fails is rejected with the reason
 * (and kept nowhere else, so the reporter's device keeps it to send again).
 *
 * <p>Rules, checked in this order:
 *
 * <ol>
 *   <li>a name in at least one script ({@code name_ar} or {@code name_en});
 *   <li>{@code sex}, when given, is {@code m} or {@code f};
 *   <li>{@code age}, when given, is whole years from 0 to {@value #MAX_AGE};
 *   <li>{@code dob} and {@code dod}, when given, are ISO dates ({@code yyyy-MM-dd}), and the birth
 *       is not after the death;
 *   <li>{@code consent}, when given, is {@code yes} (a report the reporter did not consent to share
 *       is not taken in).
 * </ol>
 */
public final class SubmissionRules {

  /** The oldest age accepted, in years. */
  public static final int MAX_AGE = 130;

  private SubmissionRules() {}

  /** The first rule {@code s} breaks, as a reason naming the field, or empty. */
  public static Optional<String> problem(Submission s) {
    if (s.field("name_ar") == null && s.field("name_en") == null) {
      return Optional.of("no name: name_ar or name_en is required");
    }
    String sex = s.field("sex");
    if (sex != null && !sex.equals("m") && !sex.equals("f")) {
      return Optional.of("sex must be m or f, got '" + sex + "'");
    }
    String age = s.field("age");
    if (age != null && !age.matches("[0-9]{1,3}")
        || age != null && Integer.parseInt(age) > MAX_AGE) {
      return Optional.of("age must be whole years from 0 to " + MAX_AGE + ", got '" + age + "'");
    }
    Optional<String> dates = dates(s);
    if (dates.isPresent()) {
      return dates;
    }
    String consent = s.field("consent");
    if (consent != null && !consent.equals("yes")) {
      return Optional.of("consent must be yes to take the report in, got '" + consent + "'");
    }
    return Optional.empty();
  }

  private static Optional<String> dates(Submission s) {
    LocalDate dob;
    LocalDate dod;
    try {
      dob = date(s.field("dob"));
    } catch (DateTimeParseException e) {
      return Optional.of("dob must be a date yyyy-MM-dd, got '" + s.field("dob") + "'");
    }
    try {
      dod = date(s.field("dod"));
    } catch (DateTimeParseException e) {
      return Optional.of("dod must be a date yyyy-MM-dd, got '" + s.field("dod") + "'");
    }
    if (dob != null && dod != null && dob.isAfter(dod)) {
      return Optional.of("dob " + dob + " is after dod " + dod);
    }
    return Optional.empty();
  }

  /** An ISO date, or null when absent. */
  public static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
