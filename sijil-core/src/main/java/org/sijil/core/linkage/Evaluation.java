package org.sijil.core.linkage;

import java.util.Arrays;
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

  /**
   * Cluster labels per record against truth per record (null: no truth; such records count only in
   * the size of their cluster). Counted on primitive arrays, clusters and truths numbered densely
   * and the (cluster, truth) pairs sorted: a million records take a fraction of a second.
   */
  public static Evaluation ofClusters(int[] cluster, String[] truth) {
    int n = cluster.length;
    int[] labels = cluster.clone();
    Arrays.sort(labels);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || labels[i] != labels[i - 1]) {
        labels[distinct++] = labels[i];
      }
    }
    long[] clusterSize = new long[distinct];
    long[] clusterTruthSize = new long[distinct];
    Map<String, Integer> truthIds = new HashMap<>();
    int[] c = new int[n];
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = Arrays.binarySearch(labels, 0, distinct, cluster[i]);
      clusterSize[c[i]]++;
      t[i] = truth[i] == null ? -1 : truthIds.computeIfAbsent(truth[i], k -> truthIds.size());
    }
    int truths = truthIds.size();
    long[] truthSize = new long[truths];
    long[] keys = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (t[i] >= 0) {
        clusterTruthSize[c[i]]++;
        truthSize[t[i]]++;
        keys[m++] = (long) c[i] * truths + t[i];
      }
    }
    Arrays.sort(keys, 0, m);
    long tp = 0;
    int[] truthsOfCluster = new int[distinct];
    int[] clustersOfTruth = new int[truths];
    int[] clusterOfTruth = new int[truths];
    for (int i = 0; i < m; ) {
      int j = i;
      while (j < m && keys[j] == keys[i]) {
        j++;
      }
      long run = j - i;
      tp += run * (run - 1) / 2;
      int ci = (int) (keys[i] / truths);
      int ti = (int) (keys[i] % truths);
      truthsOfCluster[ci]++;
      clustersOfTruth[ti]++;
      clusterOfTruth[ti] = ci;
      i = j;
    }
    long predicted = 0;
    for (long k : clusterTruthSize) {
      predicted += k * (k - 1) / 2;
    }
    long truePairs = 0;
    long exact = 0;
    for (int ti = 0; ti < truths; ti++) {
      truePairs += truthSize[ti] * (truthSize[ti] - 1) / 2;
      int ci = clusterOfTruth[ti];
      if (clustersOfTruth[ti] == 1
          && truthsOfCluster[ci] == 1
          && clusterSize[ci] == truthSize[ti]) {
        exact++;
      }
    }
    return new Evaluation(tp, predicted, truePairs, distinct, truths, exact);
  }
}
