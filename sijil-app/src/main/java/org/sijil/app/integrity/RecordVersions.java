package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.List;
import org.sijil.core.diff.KeyMatch;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;

/**
 * Which records of a release are a new version of their key: the keys listed once in the release
 * and once in the release of the same source right before it whose parsed record ({@link
 * CanonicalRows#record}, {@code sijil-record/v1}) differs. The one rule both the import (which logs
 * a {@code record-version} entry for each) and {@code verify --db} (which recomputes them from the
 * stored rows) apply.
 *
 * <p>Why only these: a key's first listing is proven by its row's leaf under the release's rows
 * root, which the {@code release-import} entry signs; an unchanged record is the version it was; a
 * key the new release no longer lists is a {@code removal}; a key repeated within a release, or a
 * row without a key, cannot be followed from one release to the next (as in the release diff).
 */
public final class RecordVersions {

  /**
   * A record that is a new version of its key.
   *
   * @param key the record's key (its list's row key)
   * @param row its 1-based data row in the new release
   * @param recordSha256 SHA-256 of its {@code sijil-record/v1} bytes, lowercase hex
   */
  public record Changed(String key, long row, String recordSha256) {}

  private RecordVersions() {}

  /**
   * The records of {@code after} that changed against {@code before}, in {@code after}'s order (its
   * row order when listed from the register).
   */
  public static List<Changed> changed(List<CasualtyRecord> before, List<CasualtyRecord> after) {
    return changed(KeyMatch.of(before, after, CanonicalField.ID));
  }

  /**
   * The same over a key match already made for the release diff, so the import matches the keys of
   * two releases once.
   *
   * @throws IllegalArgumentException when {@code match} is not by row key ({@code id})
   */
  public static List<Changed> changed(KeyMatch match) {
    if (match.key() != CanonicalField.ID) {
      throw new IllegalArgumentException("record versions follow the row key, not " + match.key());
    }
    List<CasualtyRecord> after = match.after();
    List<Changed> out = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      int then = match.partnerOfAfter(i);
      if (then < 0) {
        continue; // no key, a key repeated in either release, or a key new in this one
      }
      CasualtyRecord now = after.get(i);
      if (!CanonicalRows.sameRecord(match.before().get(then), now)) {
        out.add(new Changed(now.id(), now.row(), sha256(now)));
      }
    }
    return out;
  }

  /** SHA-256 of the record's {@code sijil-record/v1} bytes, lowercase hex. */
  public static String sha256(CasualtyRecord record) {
    return Hashes.hex(Hashes.sha256(CanonicalRows.record(record)));
  }
}
