package org.sijil.app.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.intake.Bundle;
import org.sijil.core.intake.Submission;
import org.sijil.core.intake.SubmissionJson;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Use case: write a signed bundle of a register's submissions (one intake source's), each with its
 * origin, instance ID, the instance it replaces and its contact still sealed, so importing the
 * bundle elsewhere recognizes every submission by the same ID and learns no contact.
 */
public final class ExportBundle {

  private final Register register;

  public ExportBundle(Register register) {
    this.register = register;
  }

  /** The bundle text of {@code source}'s submissions, signed with {@code device}. */
  public String run(String source, NoteSigner device) {
    List<String> lines = new ArrayList<>();
    for (Intake.Stored s : register.intake().all(source)) {
      lines.add(SubmissionJson.write(submission(s)));
    }
    return Bundle.write(device, Instant.now(), lines);
  }

  /** A bundle of submissions given as JSON lines (a field laptop's reports). */
  public static String of(List<Submission> submissions, NoteSigner device) {
    return Bundle.write(
        device, Instant.now(), submissions.stream().map(SubmissionJson::write).toList());
  }

  static Submission submission(Intake.Stored s) {
    return new Submission(
        s.origin(),
        s.instanceId(),
        s.replacesInstance(),
        SubmissionRecords.fields(s.fieldsJson()),
        s.contactSealed());
  }
}
