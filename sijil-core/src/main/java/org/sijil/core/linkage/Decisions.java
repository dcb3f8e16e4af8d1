package org.sijil.core.linkage;

import java.util.HashSet;
import java.util.Set;

/**
 * Reviewers' decisions on pairs of records (by record index in the job), which override the model:
 * a match joins the two records' clusters, a non-match keeps them apart whatever the scores say.
 */
public final class Decisions {

  private final Set<Long> match = new HashSet<>();
  private final Set<Long> nonMatch = new HashSet<>();

  public static Decisions none() {
    return new Decisions();
  }

  public Decisions match(int a, int b) {
    nonMatch.remove(key(a, b));
    match.add(key(a, b));
    return this;
  }

  public Decisions nonMatch(int a, int b) {
    match.remove(key(a, b));
    nonMatch.add(key(a, b));
    return this;
  }

  boolean isMatch(int a, int b) {
    return match.contains(key(a, b));
  }

  boolean isNonMatch(int a, int b) {
    return nonMatch.contains(key(a, b));
  }

  public boolean isDecided(int a, int b) {
    return isMatch(a, b) || isNonMatch(a, b);
  }

  boolean hasNonMatches() {
    return !nonMatch.isEmpty();
  }

  Set<Long> matches() {
    return match;
  }

  static long key(int a, int b) {
    int x = Math.min(a, b);
    int y = Math.max(a, b);
    return ((long) x << 32) | (y & 0xffffffffL);
  }
}
