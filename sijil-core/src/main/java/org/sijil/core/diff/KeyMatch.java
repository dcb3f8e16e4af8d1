package org.sijil.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;

/**
 * Which record of one release has the same key as which record of the release before it, worked out
 * once for everything that compares the two: the release diff ({@link ReleaseDiff}) and the record
 * versions the integrity log keeps. Only a key listed once in each release is matched; a key
 * repeated within either release, or a row without a key, cannot be followed from one release to
 * the next.
 *
 * <p>Memory: an 8-byte index entry per keyed record and a 4-byte partner per record, per release;
 * the records themselves are the caller's lists.
 */
public final class KeyMatch {

  /** The key is not in the other release. */
  public static final int ABSENT = -1;

  /** The key is listed more than once in this release or the other one. */
  public static final int REPEATED = -2;

  /** The record has no key. */
  public static final int NO_KEY = -3;

  private final List<CasualtyRecord> before;
  private final List<CasualtyRecord> after;
  private final CanonicalField key;
  private final KeyIndex beforeIndex;
  private final KeyIndex afterIndex;
  private final int[] beforePartner;
  private final int[] afterPartner;

  private KeyMatch(List<CasualtyRecord> before, List<CasualtyRecord> after, CanonicalField key) {
    this.before = before;
    this.after = after;
    this.key = key;
    this.beforeIndex = KeyIndex.of(before, key);
    this.afterIndex = KeyIndex.of(after, key);
    this.beforePartner = partners(before, beforeIndex, afterIndex);
    this.afterPartner = partners(after, afterIndex, beforeIndex);
  }

  /** Matches the records of {@code after} with those of {@code before} by {@code key}. */
  public static KeyMatch of(
      List<CasualtyRecord> before, List<CasualtyRecord> after, CanonicalField key) {
    return new KeyMatch(
        Objects.requireNonNull(before, "before"),
        Objects.requireNonNull(after, "after"),
        Objects.requireNonNull(key, "key"));
  }

  public List<CasualtyRecord> before() {
    return before;
  }

  public List<CasualtyRecord> after() {
    return after;
  }

  public CanonicalField key() {
    return key;
  }

  /**
   * The position in {@link #after()} of the record with the key of {@code before().get(i)}, or
   * {@link #ABSENT}, {@link #REPEATED}, {@link #NO_KEY}.
   */
  public int partnerOfBefore(int i) {
    return beforePartner[i];
  }

  /**
   * The position in {@link #before()} of the record with the key of {@code after().get(i)}, or
   * {@link #ABSENT}, {@link #REPEATED}, {@link #NO_KEY}.
   */
  public int partnerOfAfter(int i) {
    return afterPartner[i];
  }

  /** The keys {@code before} (or else {@code after}) lists on several rows, first seen first. */
  List<DuplicateKey> duplicates(boolean beforeSide) {
    List<CasualtyRecord> records = beforeSide ? before : after;
    KeyIndex index = beforeSide ? beforeIndex : afterIndex;
    int[] partner = beforeSide ? beforePartner : afterPartner;
    List<DuplicateKey> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (partner[i] != REPEATED) {
        continue;
      }
      String k = records.get(i).text(key);
      List<Integer> at = index.positions(k);
      if (at.size() > 1 && at.get(0) == i) {
        List<Long> rows = at.stream().map(p -> records.get(p).row()).toList();
        out.add(new DuplicateKey(k, beforeSide ? "before" : "after", rows));
      }
    }
    return out;
  }

  private int[] partners(List<CasualtyRecord> records, KeyIndex own, KeyIndex other) {
    int[] out = new int[records.size()];
    for (int i = 0; i < records.size(); i++) {
      String k = records.get(i).text(key);
      if (k == null) {
        out[i] = NO_KEY;
      } else if (own.find(k) == REPEATED) {
        out[i] = REPEATED;
      } else {
        out[i] = other.find(k);
      }
    }
    return out;
  }
}
