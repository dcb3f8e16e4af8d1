package org.sijil.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Release diffs stored once, at import (migration 17): persistence only. What a diff contains and
 * how it is encoded belong to the application layer, which names the encoding in {@code format}.
 */
public interface ReleaseDiffs {

  /**
   * One stored diff: from release {@code previousId} to release {@code releaseId}, each with its
   * file's SHA-256 when it was stored.
   */
  record Stored(
      long releaseId,
      String releaseSha256,
      long previousId,
      String previousSha256,
      String format,
      String diff) {
    public Stored {
      Objects.requireNonNull(releaseSha256, "releaseSha256");
      Objects.requireNonNull(previousSha256, "previousSha256");
      Objects.requireNonNull(diff, "diff");
      if (format == null || format.isBlank()) {
        throw new IllegalArgumentException("the diff of release " + releaseId + " needs a format");
      }
    }
  }

  /** Stores {@code diff} inside the open transaction, replacing any diff stored for its release. */
  void save(Stored diff);

  /** The diff stored for release {@code releaseId}, if any. */
  Optional<Stored> find(long releaseId);
}
