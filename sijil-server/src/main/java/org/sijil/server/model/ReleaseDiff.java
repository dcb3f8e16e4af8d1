package org.sijil.server.model;

import java.util.List;
import java.util.Map;

/**
 * What changed from one release of a source to the next.
 *
 * @param source the source
 * @param from the older release label
 * @param to the newer release label
 * @param summary counts by kind: {@code added, removed, changed, reformatted, key_reused}
 * @param entries each key that differs
 */
public record ReleaseDiff(
    String source, String from, String to, Map<String, Long> summary, List<Entry> entries) {

  public ReleaseDiff {
    summary = Map.copyOf(summary);
    entries = List.copyOf(entries);
  }

  /** One key's difference; {@code changes} is empty for added/removed. */
  public record Entry(String kind, String key, String name, List<FieldChange> changes) {
    public Entry {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }
  }

  /** One field's old and new value, as written. */
  public record FieldChange(String field, String before, String after, String kind) {}
}
