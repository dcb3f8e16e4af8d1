package org.sijil.app.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.SubmissionStatusEntry;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Stores submissions' status changes together with their {@code submission-status} log entries
 * (subject {@code submission:ID}, as the submission's own entry), in the caller's transaction: a
 * status is never changed without its entry, nor logged without being changed. The entry names who,
 * when, the status before and after and what changed it; never the reporter.
 */
final class StatusLog {

  private StatusLog() {}

  /** Changes {@code s}'s status to {@code to}, by {@code by} for {@code reason}, at {@code at}. */
  static void change(
      Register register, Intake.Stored s, String to, Actor by, String reason, Instant at) {
    changeAll(register, List.of(s), to, by, List.of(reason), at);
  }

  /** As {@link #change} for each submission with the reason at the same position, one append. */
  static void changeAll(
      Register register,
      List<Intake.Stored> submissions,
      String to,
      Actor by,
      List<String> reasons,
      Instant at) {
    List<LogEntry> entries = new ArrayList<>(submissions.size());
    List<String> subjects = new ArrayList<>(submissions.size());
    for (int i = 0; i < submissions.size(); i++) {
      Intake.Stored s = submissions.get(i);
      String reason = reasons.get(i);
      entries.add(new SubmissionStatusEntry(at, by.name(), s.id(), s.status(), to, reason));
      subjects.add(OpenContact.SUBJECT + s.id());
      if (!register.intake().setStatus(s.id(), to, by.name(), reason, at)) {
        throw new IllegalStateException("submission " + s.id() + " is no longer stored");
      }
    }
    new RegisterLog(register).appendAll(entries, subjects);
  }
}
