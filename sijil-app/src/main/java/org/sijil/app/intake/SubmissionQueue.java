package org.sijil.app.intake;

import java.util.List;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.UserError;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Use case: the analysts' queue of submissions still {@value Intake#PENDING}, those whose status
 * changed, an analyst's decision, and a reporter's own receipts. A submission's status is its own
 * (pending, confirmed, corroborated), stored with who and what changed it; the grading of persons
 * belongs to the incidents area. Nothing here ever returns a reporter's contact.
 */
public final class SubmissionQueue {

  /** Statuses an analyst may set. */
  public static final Set<String> STATUSES =
      Set.of(Intake.PENDING, Intake.CONFIRMED, Intake.CORROBORATED);

  /** What changed a status an analyst set ({@code status_reason}). */
  public static final String BY_ANALYST = "analyst";

  private final Register register;

  public SubmissionQueue(Register register) {
    this.register = register;
  }

  /** The newest pending submissions, at most {@code limit}, with no contact. */
  public List<Intake.Stored> pending(int limit) {
    return withStatus(Intake.PENDING, limit);
  }

  /** The newest submissions with {@code status}, at most {@code limit}, with no contact. */
  public List<Intake.Stored> withStatus(String status, int limit) {
    if (!STATUSES.contains(status)) {
      throw new UserError("status must be one of " + STATUSES + ", got '" + status + "'");
    }
    return register.intake().withStatus(status, limit).stream()
        .map(SubmissionQueue::withoutContact)
        .toList();
  }

  /** The submissions {@code user} sent, newest first, at most {@code limit}, with no contact. */
  public List<Intake.Stored> receipts(String user, int limit) {
    return register.intake().receivedBy(user, limit).stream()
        .map(SubmissionQueue::withoutContact)
        .toList();
  }

  /** The stored submissions among {@code ids}, by ID, with no contact. */
  public java.util.Map<String, Intake.Stored> find(java.util.Collection<String> ids) {
    java.util.Map<String, Intake.Stored> found = new java.util.LinkedHashMap<>();
    for (String id : ids) {
      register.intake().find(id).ifPresent(s -> found.put(id, withoutContact(s)));
    }
    return found;
  }

  /**
   * Sets a submission's status, recording who (an analyst) and what ({@value #BY_ANALYST}), with
   * its {@code submission-status} log entry in the same transaction. Setting the status it already
   * has changes nothing and logs nothing.
   */
  public void setStatus(String id, String status, Actor by) {
    if (!STATUSES.contains(status)) {
      throw new UserError("status must be one of " + STATUSES + ", got '" + status + "'");
    }
    register.transaction(
        () -> {
          Intake.Stored s =
              register.intake().find(id).orElseThrow(() -> new UserError("no submission " + id));
          if (!s.status().equals(status)) {
            StatusLog.change(register, s, status, by, BY_ANALYST, RegisterLog.now());
          }
          return null;
        });
  }

  /** {@code s} with its sealed contact replaced by a mark (or null when it had none). */
  static Intake.Stored withoutContact(Intake.Stored s) {
    return new Intake.Stored(
        s.id(),
        s.seq(),
        s.source(),
        s.origin(),
        s.instanceId(),
        s.replacesId(),
        s.replacesInstance(),
        s.channel(),
        s.deviceKey(),
        s.contentSha256(),
        s.fieldsJson(),
        s.contactSealed() == null ? null : "(sealed)",
        s.status(),
        s.statusBy(),
        s.statusAt(),
        s.statusReason(),
        s.receivedBy(),
        s.receivedAt(),
        s.logIndex());
  }
}
