package org.sijil.app.corrections;

import java.util.List;

/**
 * The corrections report of one source.
 *
 * @param source the source
 * @param releases per release, oldest first: records, keys added, removed and returned there
 * @param removed every removal between consecutive releases, in release then key order
 * @param returned the removals a later release undid
 */
public record Corrections(
    String source, List<ReleaseFigures> releases, List<Removal> removed, List<Removal> returned) {

  public Corrections {
    releases = List.copyOf(releases);
    removed = List.copyOf(removed);
    returned = List.copyOf(returned);
  }

  /**
   * Figures of one release of the source, against the release before it.
   *
   * @param label the release
   * @param records rows stored as records in this release
   * @param keys distinct keys in this release
   * @param added keys not in the previous release (all keys for the first)
   * @param removed keys of the previous release missing here
   * @param returned keys missing from the previous release but listed by an earlier one
   */
  public record ReleaseFigures(
      String label, long records, long keys, long added, long removed, long returned) {}
}
