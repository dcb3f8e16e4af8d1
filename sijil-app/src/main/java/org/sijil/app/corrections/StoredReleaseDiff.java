package org.sijil.app.corrections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.ReleaseDiff;
import org.sijil.core.record.CanonicalField;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseDiffs;

/**
 * A release's diff against the release of its source right before it, computed once at import and
 * stored ({@link ReleaseDiffs}, migration 17), then read by the diff pages, the API and {@code
 * sijil diff --db}.
 *
 * <p>Rules: a stored diff is used only for the pair it was computed for (the same two release ids
 * and file digests) and for the row key ({@link CanonicalField#ID}); any other pair, or a register
 * imported before migration 17 (nothing stored), is compared from the stored rows as before, and
 * not stored (reads do not write). The encoding is the JSON of {@link DiffResult}, named {@value
 * #FORMAT}; a stored diff of another format is ignored.
 */
public final class StoredReleaseDiff {

  /** The encoding of stored diffs. */
  public static final String FORMAT = "sijil-diff/v1+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredReleaseDiff() {}

  /** Compares two releases by the row key from their stored rows. */
  public static DiffResult compare(Register register, Release from, Release to) {
    return ReleaseDiff.compare(
        new ReleaseDiff.Side(register.records().list(from.id()), from.mapping()),
        new ReleaseDiff.Side(register.records().list(to.id()), to.mapping()),
        CanonicalField.ID);
  }

  /** Stores {@code diff} as {@code to}'s diff from {@code from} (inside the import transaction). */
  public static void save(Register register, Release from, Release to, DiffResult diff) {
    register
        .releaseDiffs()
        .save(
            new ReleaseDiffs.Stored(
                to.id(), to.sha256(), from.id(), from.sha256(), FORMAT, encode(diff)));
  }

  /** The diff from {@code from} to {@code to}: the stored one when it is theirs, else compared. */
  public static DiffResult between(Register register, Release from, Release to) {
    return stored(register, from, to).orElseGet(() -> compare(register, from, to));
  }

  /** The diff stored at import for exactly this pair, if any. */
  public static Optional<DiffResult> stored(Register register, Release from, Release to) {
    return register
        .releaseDiffs()
        .find(to.id())
        .filter(
            s ->
                s.previousId() == from.id()
                    && s.previousSha256().equals(from.sha256())
                    && s.releaseSha256().equals(to.sha256())
                    && FORMAT.equals(s.format()))
        .map(s -> decode(s.diff()));
  }

  static String encode(DiffResult diff) {
    try {
      return JSON.writeValueAsString(diff);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a release diff: " + e.getMessage(), e);
    }
  }

  static DiffResult decode(String text) {
    try {
      return JSON.readValue(text, DiffResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a stored release diff: " + e.getMessage(), e);
    }
  }
}
