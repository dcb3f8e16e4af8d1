package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A field submission's status changed (docs/intake.md): which submission, the status it had and the
 * one it has now ({@code pending}, {@code confirmed}, {@code corroborated}), and what changed it
 * ({@code analyst}, or the link run and the independent list: {@code link-run model:N: also in list
 * SOURCE}). The actor is who made the change. Never the reporter, the contact or the report.
 */
public record SubmissionStatusEntry(
    Instant time, String actor, String submission, String from, String to, String reason)
    implements LogEntry {
  public SubmissionStatusEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("submission", submission);
    EntryCodec.text("from", from);
    EntryCodec.text("to", to);
    EntryCodec.text("reason", reason);
    if (from.equals(to)) {
      throw new IllegalArgumentException("entry fields from and to must differ, both are " + to);
    }
  }

  public String type() {
    return "submission-status";
  }

  public List<String> names() {
    return List.of("submission", "from", "to", "reason");
  }

  public List<String> values() {
    return List.of(submission, from, to, reason);
  }
}
