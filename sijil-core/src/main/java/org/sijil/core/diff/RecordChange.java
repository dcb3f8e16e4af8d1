package org.sijil.core.diff;

import java.util.List;

/**
 * A key present once in both releases whose record differs.
 *
 * @param changed fields whose meaning changed (empty for a pure reformatting)
 * @param reformatted fields written differently with the same meaning
 */
public record RecordChange(
    String key,
    long rowBefore,
    long rowAfter,
    List<FieldChange> changed,
    List<FieldChange> reformatted) {

  public RecordChange {
    changed = List.copyOf(changed);
    reformatted = List.copyOf(reformatted);
  }
}
