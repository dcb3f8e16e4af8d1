package org.sijil.server.model;

import java.util.List;
import java.util.Map;

/**
 * What changed from one release of a source to the next.
 *
 * @param source the source
 * @param from the older release label
 * @param to the newer release label
 * @param summary counts by kind: {@code added, removed, changed, revised, filled, reformatted,
 *     key_reused, duplicate_keys}
 * @param entries each key that differs
 * @param revisions systematic revisions (every age one year higher), one line each
 */
public record ReleaseDiff(
    String source,
    String from,
    String to,
    Map<String, Long> summary,
    List<Entry> entries,
    List<Revision> revisions) {

  /** The kinds of entries in the order readers want them: additions and removals first. */
  public static final List<String> KINDS =
      List.of("added", "removed", "changed", "revised", "filled", "key_reused", "reformatted");

  public ReleaseDiff {
    summary = Map.copyOf(summary);
    entries = List.copyOf(entries);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  public ReleaseDiff(
      String source, String from, String to, Map<String, Long> summary, List<Entry> entries) {
    this(source, from, to, summary, entries, List.of());
  }

  /** The entries of one kind, in their order. */
  public List<Entry> entries(String kind) {
    return entries.stream().filter(e -> e.kind().equals(kind)).toList();
  }

  /** One key's difference; {@code changes} is empty for added/removed. */
  public record Entry(String kind, String key, String name, List<FieldChange> changes) {
    public Entry {
      changes = changes == null ? List.of() : List.copyOf(changes);
    }
  }

  /** One field's old and new value, as written. */
  public record FieldChange(String field, String before, String after, String kind) {}

  /**
   * One field changed the same way in many records.
   *
   * @param shift signed, in {@code unit}s
   * @param unit {@code years} or {@code days}
   */
  public record Revision(String field, long shift, String unit, long records) {}
}
