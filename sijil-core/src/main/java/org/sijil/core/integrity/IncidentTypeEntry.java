package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/** A type was added to the incident type vocabulary, or an existing one renamed. */
public record IncidentTypeEntry(
    Instant time, String actor, String code, String english, String arabic, String change)
    implements LogEntry {
  public IncidentTypeEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("code", code);
    EntryCodec.text("english", english);
    EntryCodec.text("arabic", arabic);
    EntryCodec.text("change", change);
  }

  public String type() {
    return "incident-type";
  }

  public List<String> names() {
    return List.of("code", "english", "arabic", "change");
  }

  public List<String> values() {
    return List.of(code, english, arabic, change);
  }
}
