package org.sijil.server.intake;

import java.util.List;
import org.sijil.app.Actor;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.store.Intake;

/** What the intake pages need of the register: the form's use case and the analysts' queue. */
public interface IntakeDesk {

  /** Stores a form report once per key ({@link FormSubmissions#submit}). */
  FormSubmissions.Answer submit(FormSubmissions.Report report, Actor by);

  /** The newest pending submissions, contacts left out. */
  List<Intake.Stored> pending(int limit);

  /** Sets a submission's status, recording who. */
  void setStatus(String id, String status, Actor by);
}
