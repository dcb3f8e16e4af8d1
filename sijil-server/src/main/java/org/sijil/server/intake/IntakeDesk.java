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

  /** The newest submissions with {@code status}, contacts left out. */
  List<Intake.Stored> withStatus(String status, int limit);

  /**
   * The register's contact public key (base64 X.509), with which the form seals a reporter's
   * contact on the device before saving reports to a file.
   */
  String contactPublicKey();

  /** The submissions {@code user} sent, newest first, contacts left out. */
  List<Intake.Stored> receipts(String user, int limit);

  /** The stored submissions among {@code ids}, by ID, contacts left out. */
  java.util.Map<String, Intake.Stored> find(java.util.Collection<String> ids);
}
