package org.sijil.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A source (list) was given display names, or its names changed. A name left unset is logged as
 * empty; {@code change} is {@code named} (first names) or {@code renamed}.
 */
public record SourceNameEntry(
    Instant time, String actor, String source, String english, String arabic, String change)
    implements LogEntry {
  public SourceNameEntry {
    EntryCodec.check(time, actor);
    EntryCodec.text("source", source);
    english = english == null ? "" : english;
    arabic = arabic == null ? "" : arabic;
    EntryCodec.text("change", change);
  }

  public String type() {
    return "source-name";
  }

  public List<String> names() {
    return List.of("source", "english", "arabic", "change");
  }

  public List<String> values() {
    return List.of(source, english, arabic, change);
  }
}
