package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical log-linear model of k lists: every main effect plus a chosen set of two-way
 * interactions, encoded as a bit mask over the k(k−1)/2 list pairs in the order (0,1), (0,2), …,
 * (1,2), …. With covariates every model also carries covariate main effects and list×covariate
 * interactions, so capture probabilities may differ by covariate level.
 */
public record ModelSpec(int k, long interactions) {

  public ModelSpec {
    if (k < CaptureTable.MIN_LISTS || k > CaptureTable.MAX_LISTS) {
      throw new IllegalArgumentException("k must be 2..6, got " + k);
    }
    if (interactions < 0 || interactions >= 1L << pairCount(k)) {
      throw new IllegalArgumentException(
          "interaction mask " + interactions + " out of range for k=" + k);
    }
  }

  public static int pairCount(int k) {
    return k * (k - 1) / 2;
  }

  /** The pair (a, b), a < b, of pair index j. */
  static int[] pair(int k, int j) {
    int index = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        if (index++ == j) {
          return new int[] {a, b};
        }
      }
    }
    throw new IllegalArgumentException("pair index " + j + " out of range for k=" + k);
  }

  /**
   * Every identifiable candidate: all subsets of two-way interactions for k ≥ 3 (2^(k(k−1)/2)
   * models; 8 for k = 3), only independence for k = 2 (its interaction would leave no degrees of
   * freedom to estimate the missing cell).
   */
  public static List<ModelSpec> allHierarchical(int k) {
    List<ModelSpec> models = new ArrayList<>();
    if (k == 2) {
      models.add(new ModelSpec(2, 0));
      return models;
    }
    long count = 1L << pairCount(k);
    for (long mask = 0; mask < count; mask++) {
      models.add(new ModelSpec(k, mask));
    }
    return models;
  }

  public int interactionCount() {
    return Long.bitCount(interactions);
  }

  public boolean hasInteraction(int j) {
    return (interactions & (1L << j)) != 0;
  }

  /**
   * The model in R formula style over the given list names, e.g. "list1 + list2 + list3 +
   * list1:list2".
   */
  public String formula(List<String> lists) {
    StringBuilder sb = new StringBuilder(String.join(" + ", lists));
    for (int j = 0; j < pairCount(k); j++) {
      if (hasInteraction(j)) {
        int[] ab = pair(k, j);
        sb.append(" + ").append(lists.get(ab[0])).append(':').append(lists.get(ab[1]));
      }
    }
    return sb.toString();
  }

  /** A short label: "independence" or the interactions, e.g. "12 13" (lists numbered from 1). */
  public String label() {
    if (interactions == 0) {
      return "independence";
    }
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < pairCount(k); j++) {
      if (hasInteraction(j)) {
        int[] ab = pair(k, j);
        sb.append(sb.length() == 0 ? "" : " ").append(ab[0] + 1).append(ab[1] + 1);
      }
    }
    return sb.toString();
  }
}
