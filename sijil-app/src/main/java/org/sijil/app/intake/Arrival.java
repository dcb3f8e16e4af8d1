package org.sijil.app.intake;

import org.sijil.core.intake.Submission;

/**
 * One submission as it arrived, before it is judged: the channel it came by, the device key that
 * signed it ({@value #UNSIGNED} when none), where it was read (file and line) and either the
 * submission or the problem that kept it from being read.
 */
public record Arrival(
    String channel, String deviceKey, String where, Submission submission, String problem) {

  /** The device key of an unsigned channel (ODK, the web form). */
  public static final String UNSIGNED = "none";

  /** Channel names. */
  public static final String BUNDLE = "bundle";

  public static final String ODK = "odk";
  public static final String FORM = "form";

  public Arrival {
    if ((submission == null) == (problem == null)) {
      throw new IllegalArgumentException("an arrival has a submission or a problem, not both");
    }
  }

  /** A submission read. */
  public static Arrival of(String channel, String deviceKey, String where, Submission s) {
    return new Arrival(channel, deviceKey, where, s, null);
  }

  /** Something that could not be read as a submission. */
  public static Arrival unreadable(String channel, String deviceKey, String where, String problem) {
    return new Arrival(channel, deviceKey, where, null, problem);
  }
}
