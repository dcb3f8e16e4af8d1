package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * An administrator opened the sealed contact of a field submission (docs/intake.md): who, and which
 * submission. Never the contact itself, nor anything derived from it.
 */
public record ContactOpenedEntry(Instant time, String actor, String submission)
    implements LogEntry {
  public ContactOpenedEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("submission", submission);
  }

  public String type() {
    return "contact-opened";
  }

  public List<String> names() {
    return List.of("submission");
  }

  public List<String> values() {
    return List.of(submission);
  }
}
