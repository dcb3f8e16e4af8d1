package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/** A person's link to an incident was suggested, confirmed or rejected, with role and certainty. */
public record VictimLinkEntry(
    Instant time,
    String actor,
    String incident,
    String person,
    String state,
    String role,
    String certainty,
    String note)
    implements LogEntry {
  public VictimLinkEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("incident", incident);
    EntryCodec.text("person", person);
    EntryCodec.text("state", state);
    EntryCodec.text("role", role);
    EntryCodec.text("certainty", certainty);
    EntryCodec.optional("note", note);
  }

  public String type() {
    return "victim-link";
  }

  public List<String> names() {
    return List.of("person", "incident", "state", "role", "certainty", "note");
  }

  public List<String> values() {
    return List.of(person, incident, state, role, certainty, note);
  }
}
