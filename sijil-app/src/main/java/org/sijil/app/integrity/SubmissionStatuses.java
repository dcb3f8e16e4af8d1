package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.SubmissionEntry;
import org.sijil.core.integrity.SubmissionStatusEntry;
import org.sijil.store.Intake;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * The part of {@link VerifyRegister} about field submissions' statuses: each stored status must be
 * the one its {@code submission-status} entries lead to, with the last entry's actor, time and
 * reason.
 *
 * <p>Rules: a submission's entries (subject {@code submission:ID}) form a chain: the first changes
 * from {@value Intake#PENDING}, each next from the status the previous one set; a submission with
 * no status entry must be stored pending with no one recorded as having changed it; a status entry
 * about a submission that is not stored is a problem. Submissions are found by the sources their
 * {@code submission} entries name.
 */
final class SubmissionStatuses {

  /** Subject prefix of a submission's entries. */
  static final String SUBJECT = "submission:";

  private SubmissionStatuses() {}

  /** Adds a problem for each status that does not match the log; returns submissions checked. */
  static long check(
      Register register, List<IntegrityLog.Entry> entries, List<VerifyRegister.Problem> problems) {
    Set<String> sources = new LinkedHashSet<>();
    Map<String, SubmissionStatusEntry> last = new HashMap<>();
    Map<String, Long> lastIndex = new HashMap<>();
    for (IntegrityLog.Entry e : entries) {
      if (e.subject() == null || !e.subject().startsWith(SUBJECT)) {
        continue;
      }
      LogEntry logged;
      try {
        logged = EntryCodec.decode(e.bytes());
      } catch (RuntimeException bad) {
        continue; // named by the tree check
      }
      if (logged instanceof SubmissionEntry s) {
        sources.add(s.source());
      } else if (logged instanceof SubmissionStatusEntry s) {
        SubmissionStatusEntry before = last.get(s.submission());
        String was = before == null ? Intake.PENDING : before.to();
        if (!s.from().equals(was)) {
          problems.add(
              new VerifyRegister.Problem(
                  where(e.index(), s.submission()),
                  "changes the status from " + s.from() + " but the log left it " + was));
        }
        last.put(s.submission(), s);
        lastIndex.put(s.submission(), e.index());
      }
    }
    long checked = 0;
    Set<String> stored = new java.util.HashSet<>();
    for (String source : sources) {
      for (Intake.Stored s : register.intake().all(source)) {
        stored.add(s.id());
        checked++;
        compare(s, last.get(s.id()), lastIndex.get(s.id()), problems);
      }
    }
    last.keySet().stream()
        .filter(id -> !stored.contains(id))
        .sorted()
        .forEach(
            id ->
                problems.add(
                    new VerifyRegister.Problem(
                        where(lastIndex.get(id), id), "is about a submission that is not stored")));
    return checked;
  }

  private static void compare(
      Intake.Stored s,
      SubmissionStatusEntry logged,
      Long index,
      List<VerifyRegister.Problem> problems) {
    if (logged == null) {
      if (!s.status().equals(Intake.PENDING) || s.statusBy() != null) {
        problems.add(
            new VerifyRegister.Problem(
                "submission " + s.id(),
                "is stored "
                    + s.status()
                    + (s.statusBy() == null ? "" : " (changed by " + s.statusBy() + ")")
                    + " but no submission-status entry changed it"));
      }
      return;
    }
    List<String> differ = new ArrayList<>();
    if (!logged.to().equals(s.status())) {
      differ.add("status " + s.status() + " (logged " + logged.to() + ")");
    }
    if (!logged.actor().equals(s.statusBy())) {
      differ.add("changed by " + s.statusBy() + " (logged " + logged.actor() + ")");
    }
    if (!logged.time().equals(s.statusAt())) {
      differ.add("at " + s.statusAt() + " (logged " + logged.time() + ")");
    }
    if (!Objects.equals(logged.reason(), s.statusReason())) {
      differ.add("reason " + s.statusReason() + " (logged " + logged.reason() + ")");
    }
    if (!differ.isEmpty()) {
      problems.add(
          new VerifyRegister.Problem(
              where(index, s.id()),
              "the stored status is not the last one logged: " + String.join(", ", differ)));
    }
  }

  private static String where(long index, String submission) {
    return "entry " + index + " (submission-status, " + SUBJECT + submission + ")";
  }
}
