package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * An incident was created or edited into a new version: the SHA-256 of that version's document and
 * what changed.
 */
public record IncidentEntry(
    Instant time, String actor, String incident, long version, String incidentSha256, String change)
    implements LogEntry {
  public IncidentEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("incident", incident);
    EntryCodec.positive("version", version);
    EntryCodec.hash("incident-sha256", incidentSha256);
    EntryCodec.text("change", change);
  }

  public String type() {
    return "incident-change";
  }

  public List<String> names() {
    return List.of("incident", "version", "incident-sha256", "change");
  }

  public List<String> values() {
    return List.of(incident, "" + version, incidentSha256, change);
  }
}
