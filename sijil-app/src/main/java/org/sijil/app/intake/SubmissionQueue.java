package org.sijil.app.intake;

import java.util.List;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.UserError;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Use case: the analysts' queue of submissions still {@value Intake#PENDING}, and an analyst's
 * confirmation. A submission's status is its own (pending, confirmed, corroborated); the grading of
 * persons belongs to the incidents area.
 */
public final class SubmissionQueue {

  /** Statuses an analyst may set. */
  public static final Set<String> STATUSES = Set.of(Intake.PENDING, "confirmed", "corroborated");

  private final Register register;

  public SubmissionQueue(Register register) {
    this.register = register;
  }

  /** The newest pending submissions, at most {@code limit}, with no contact. */
  public List<Intake.Stored> pending(int limit) {
    return register.intake().withStatus(Intake.PENDING, limit).stream()
        .map(SubmissionQueue::withoutContact)
        .toList();
  }

  /** Sets a submission's status, recording who. */
  public void setStatus(String id, String status, Actor by) {
    if (!STATUSES.contains(status)) {
      throw new UserError("status must be one of " + STATUSES + ", got '" + status + "'");
    }
    if (!register.intake().setStatus(id, status, by.name(), RegisterLog.now())) {
      throw new UserError("no submission " + id);
    }
  }

  private static Intake.Stored withoutContact(Intake.Stored s) {
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
        s.receivedBy(),
        s.receivedAt(),
        s.logIndex());
  }
}
