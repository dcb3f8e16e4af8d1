package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one linking of two lists in which a list may name one person twice.
 *
 * <p>Real releases do: a later Ministry list holds a person once from a hospital record and again
 * from a family report, often under a generated key. Plain one-to-one ({@link Linker#oneToOne})
 * then links the earlier list's record to one copy and leaves the other unlinked, as if it were a
 * second person, and which copy wins is an accident of the order of ties. Here a record left
 * unlinked by one-to-one shares its partner's link when:
 *
 * <ol>
 *   <li>its pair with that partner is a candidate at or above the threshold and not decided a
 *       non-match;
 *   <li>it and the record the partner was linked to are one row as the model's comparisons see
 *       them: every comparison at its first level above "missing" (the exact agreement) or missing
 *       on a side, and at least one name comparison present and exact (two rows named {@code
 *       مجهول}, "unknown", are never copies); and that pair is not decided a non-match.
 * </ol>
 *
 * <p>The second rule is strict on purpose: the model's probability is not enough. Within a list,
 * pairs it scores 0.9-0.99 include cousins such as {@code محمد بسام محمد ابوحصيره} / {@code محمد
 * باسم محمد ابولحية}, which one-to-one keeps apart by giving the other list's record its better
 * partner; only rows the comparisons cannot tell apart are copies.
 *
 * <p>A copy never becomes the anchor of further copies: every copy is checked against the record
 * one-to-one chose. Candidates are taken by weight, heaviest first, so a record that could be a
 * copy on either side joins its best link. The register's linking clusters records and needs none
 * of this: there a list's copies of one person already fall into one person.
 */
public final class ListCopies {

  private ListCopies() {}

  /**
   * One-to-one links (as {@link Linker#oneToOne}) followed by the links of each list's copies of a
   * linked record (rules above). Pair indices into {@code pairs}: the one-to-one links first, then
   * the copies' links in the order they were found.
   */
  public static int[] oneToOne(
      Linker linker, LinkageModel model, ScoredPairs pairs, double threshold, Decisions decisions) {
    int[] base = linker.oneToOne(pairs, threshold, decisions);
    int[] partner = new int[linker.table().size()];
    java.util.Arrays.fill(partner, -1);
    for (int idx : base) {
      partner[pairs.left(idx)] = pairs.right(idx);
      partner[pairs.right(idx)] = pairs.left(idx);
    }
    boolean[] copy = new boolean[partner.length];
    SameRecordScore same = new SameRecordScore(linker, model);
    List<Integer> extra = new ArrayList<>();
    for (int idx : pairs.byWeightDescending()) {
      int a = pairs.left(idx);
      int b = pairs.right(idx);
      if (pairs.probability(idx) < threshold || decisions.isNonMatch(a, b)) {
        continue;
      }
      int linked = linkedCopy(a, b, partner, copy);
      if (linked < 0) {
        continue;
      }
      int anchor = partner[linked == a ? b : a];
      if (!decisions.isNonMatch(anchor, linked) && same.isCopy(anchor, linked)) {
        copy[linked] = true;
        extra.add(idx);
      }
    }
    int[] out = java.util.Arrays.copyOf(base, base.length + extra.size());
    for (int i = 0; i < extra.size(); i++) {
      out[base.length + i] = extra.get(i);
    }
    return out;
  }

  /**
   * The side of pair (a, b) that may be a copy: unlinked and not yet a copy, while the other side
   * has a one-to-one partner; -1 when neither or both qualify.
   */
  private static int linkedCopy(int a, int b, int[] partner, boolean[] copy) {
    boolean aFree = partner[a] < 0 && !copy[a];
    boolean bFree = partner[b] < 0 && !copy[b];
    if (aFree && !bFree && partner[b] >= 0) {
      return a;
    }
    if (bFree && !aFree && partner[a] >= 0) {
      return b;
    }
    return -1;
  }

  /** Whether two records of the job are one row as the model's comparisons see them. */
  private static final class SameRecordScore {
    private final PairScorer scorer;
    private final int[] internal;
    private final LinkageModel model;
    private final Linker linker;

    SameRecordScore(Linker linker, LinkageModel model) {
      this.scorer = linker.scorer(model);
      this.internal = linker.internal();
      this.model = model;
      this.linker = linker;
    }

    boolean isCopy(int a, int b) {
      int x = internal[a];
      int y = internal[b];
      boolean namePresent = false;
      for (Explanation.Term t : scorer.explain(Math.min(x, y), Math.max(x, y)).terms()) {
        List<LinkageModel.FittedLevel> levels = model.comparison(t.comparison()).levels();
        boolean missing = t.level().equals(levels.get(0).label());
        if (!missing && (levels.size() < 2 || !t.level().equals(levels.get(1).label()))) {
          return false;
        }
        if (!missing && isName(t.comparison())) {
          namePresent = true;
        }
      }
      return namePresent;
    }

    private boolean isName(String comparison) {
      return switch (linker.spec().comparison(comparison).fieldType()) {
        case ARABIC_NAME, LATIN_NAME, CROSS_SCRIPT_NAME -> true;
        default -> false;
      };
    }
  }
}
