package org.sijil.core.linkage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality of a linkage result against known truth. Records with unknown truth (null) are left out:
 * a predicted link touching one counts neither for nor against precision, and they add nothing to
 * the true pairs.
 *
 * @param truePositives predicted pairs whose records share a truth value
 * @param predicted predicted pairs with both truths known
 * @param truePairs pairs of records sharing a truth value
 * @param clusters predicted clusters (dedupe; 0 for links)
 * @param trueClusters distinct truth values (dedupe; 0 for links)
 * @param exactClusters true clusters reproduced exactly (dedupe; 0 for links)
 */
public record Evaluation(
    long truePositives,
    long predicted,
    long truePairs,
    long clusters,
    long trueClusters,
    long exactClusters) {

  public double precision() {
    return predicted == 0 ? 1 : truePositives / (double) predicted;
  }

  public double recall() {
    return truePairs == 0 ? 1 : truePositives / (double) truePairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(precision()));
    m.put("recall", round(recall()));
    m.put("f1", round(f1()));
    m.put("true_positives", truePositives);
    m.put("false_positives", predicted - truePositives);
    m.put("false_negatives", truePairs - truePositives);
    if (trueClusters > 0) {
      m.put("clusters", clusters);
      m.put("true_clusters", trueClusters);
      m.put("exact_clusters", exactClusters);
      m.put("exact_cluster_share", round(exactClusters / (double) trueClusters));
    }
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  /** Links as {left index, right index, …} in a table whose right records start at leftSize. */
  public static Evaluation ofLinks(List<int[]> links, int leftSize, String[] truth) {
    long tp = 0;
    long predicted = 0;
    for (int[] l : links) {
      String a = truth[l[0]];
      String b = truth[l[1]];
      if (a == null || b == null) {
        continue;
      }
      predicted++;
      if (a.equals(b)) {
        tp++;
      }
    }
    Map<String, long[]> counts = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != null) {
        counts.computeIfAbsent(truth[i], k -> new long[2])[i < leftSize ? 0 : 1]++;
      }
    }
    long truePairs = 0;
    for (long[] c : counts.values()) {
      truePairs += c[0] * c[1];
    }
    return new Evaluation(tp, predicted, truePairs, 0, 0, 0);
  }

  /** Cluster labels per record against truth per record. */
  public static Evaluation ofClusters(int[] cluster, String[] truth) {
    Map<Integer, Long> predSizes = new HashMap<>();
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    Map<String, java.util.Set<Integer>> clustersOfTruth = new HashMap<>();
    Map<Integer, java.util.Set<String>> truthsOfCluster = new HashMap<>();
    Map<Integer, Long> allPredSizes = new HashMap<>();
    for (int i = 0; i < cluster.length; i++) {
      allPredSizes.merge(cluster[i], 1L, Long::sum);
      if (truth[i] == null) {
        continue;
      }
      predSizes.merge(cluster[i], 1L, Long::sum);
      trueSizes.merge(truth[i], 1L, Long::sum);
      both.merge(cluster[i] + "\u0000" + truth[i], 1L, Long::sum);
      clustersOfTruth.computeIfAbsent(truth[i], k -> new java.util.HashSet<>()).add(cluster[i]);
      truthsOfCluster.computeIfAbsent(cluster[i], k -> new java.util.HashSet<>()).add(truth[i]);
    }
    long tp = 0;
    for (long n : both.values()) {
      tp += n * (n - 1) / 2;
    }
    long predicted = 0;
    for (long n : predSizes.values()) {
      predicted += n * (n - 1) / 2;
    }
    long truePairs = 0;
    for (long n : trueSizes.values()) {
      truePairs += n * (n - 1) / 2;
    }
    long exact = 0;
    for (Map.Entry<String, java.util.Set<Integer>> e : clustersOfTruth.entrySet()) {
      if (e.getValue().size() == 1) {
        int c = e.getValue().iterator().next();
        if (truthsOfCluster.get(c).size() == 1
            && allPredSizes.get(c).longValue() == trueSizes.get(e.getKey())) {
          exact++;
        }
      }
    }
    return new Evaluation(tp, predicted, truePairs, allPredSizes.size(), trueSizes.size(), exact);
  }
}
