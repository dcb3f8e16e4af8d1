package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Precision, recall and F1 worked out by hand on tiny tables. */
class EvaluationTest {

  /**
   * Left A B C ? (indices 0-3), right A B B D ? (4-8); ? is unknown truth. True pairs: A-A, B-B
   * twice (B is listed twice on the right) = 3. Links: A-A, B-B, B-B' (true), C-D (false), ?-B and
   * A-? (left out). Precision 3/4, recall 3/3, F1 2·0.75·1/1.75 = 6/7.
   */
  @Test
  void linksWithDuplicatesAndUnknownTruth() {
    String[] truth = {"A", "B", "C", null, "A", "B", "B", "D", null};
    List<int[]> links =
        List.of(
            new int[] {0, 4},
            new int[] {1, 5},
            new int[] {2, 7},
            new int[] {3, 6},
            new int[] {1, 6},
            new int[] {0, 8});
    Evaluation e = Evaluation.ofLinks(links, 4, truth);
    assertEquals(new Evaluation(3, 4, 3, 0, 0, 0), e);
    assertEquals(0.75, e.precision(), 1e-15);
    assertEquals(1.0, e.recall(), 1e-15);
    assertEquals(6.0 / 7.0, e.f1(), 1e-15);
    Map<String, Object> m = e.asMap();
    assertEquals(
        List.of(
            "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives"),
        List.copyOf(m.keySet()));
    assertEquals(0.75, m.get("precision"));
    assertEquals(0.85714, m.get("f1"), "rounded to 5 digits");
    assertEquals(3L, m.get("true_positives"));
    assertEquals(1L, m.get("false_positives"));
    assertEquals(0L, m.get("false_negatives"));
  }

  /**
   * A truth value on one side only is no true pair; two on the left and one on the right are two.
   */
  @Test
  void truePairsCountAcrossTheTwoSidesOnly() {
    String[] truth = {"A", "A", "B", "A", "C", "C"};
    // left A A B (0-2), right A C C (3-5): A-A pairs 2·1 = 2; C is right-only, B left-only.
    Evaluation e = Evaluation.ofLinks(List.of(new int[] {0, 3}), 3, truth);
    assertEquals(new Evaluation(1, 1, 2, 0, 0, 0), e);
    assertEquals(1.0, e.precision(), 0);
    assertEquals(0.5, e.recall(), 0);
    assertEquals(2.0 / 3.0, e.f1(), 1e-15);
    assertEquals(1L, e.asMap().get("false_negatives"));
  }

  @Test
  void emptyAndWrongResults() {
    Evaluation none = Evaluation.ofLinks(List.of(), 1, new String[] {"A", "A"});
    assertEquals(1.0, none.precision(), 0, "nothing predicted: nothing wrong");
    assertEquals(0.0, none.recall(), 0);
    assertEquals(0.0, none.f1(), 0);
    Evaluation wrong =
        Evaluation.ofLinks(List.<int[]>of(new int[] {0, 2}), 2, new String[] {"A", "B", "B", "A"});
    assertEquals(0.0, wrong.precision(), 0);
    assertEquals(0.0, wrong.recall(), 0);
    assertEquals(0.0, wrong.f1(), 0, "p + r = 0 gives 0, not NaN");
    Evaluation unknown =
        Evaluation.ofLinks(List.<int[]>of(new int[] {0, 1}), 1, new String[] {null, null});
    assertEquals(new Evaluation(0, 0, 0, 0, 0, 0), unknown);
    assertEquals(1.0, unknown.f1(), 0, "no known truth: nothing to miss, nothing wrong");
  }

  /**
   * Clusters 0: a a b; 1: b b; 2: c; 3: ?. Same-cluster pairs with known truth: 3 + 1 = 4, of which
   * true a-a and b-b = 2; true pairs a-a, b-b-b (3) = 4. P = R = F1 = 1/2. Clusters 4, true
   * clusters 3; only c is reproduced exactly.
   */
  @Test
  void clustersPairwiseAndExact() {
    int[] cluster = {0, 0, 0, 1, 1, 2, 3};
    String[] truth = {"a", "a", "b", "b", "b", "c", null};
    Evaluation e = Evaluation.ofClusters(cluster, truth);
    assertEquals(new Evaluation(2, 4, 4, 4, 3, 1), e);
    assertEquals(0.5, e.f1(), 1e-15);
    Map<String, Object> m = e.asMap();
    assertEquals(4L, m.get("clusters"));
    assertEquals(3L, m.get("true_clusters"));
    assertEquals(1L, m.get("exact_clusters"));
    assertEquals(0.33333, m.get("exact_cluster_share"));
  }

  /** A cluster holding an unknown record besides a known one is not an exact reproduction. */
  @Test
  void anUnknownRecordInAClusterSpoilsItsExactness() {
    Evaluation e = Evaluation.ofClusters(new int[] {5, 5, 6}, new String[] {"x", null, "y"});
    assertEquals(new Evaluation(0, 0, 0, 2, 2, 1), e);
    Evaluation perfect = Evaluation.ofClusters(new int[] {1, 1, 2}, new String[] {"x", "x", "y"});
    assertEquals(new Evaluation(1, 1, 1, 2, 2, 2), perfect);
    assertEquals(1.0, perfect.f1(), 0);
    assertFalse(
        Evaluation.ofLinks(List.of(), 0, new String[0]).asMap().containsKey("clusters"),
        "links have no cluster metrics");
  }

  /** Random labels and truths against a count by maps: the array count agrees on every figure. */
  @Test
  void clusterCountsAgreeWithACountByMaps() {
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 50; round++) {
      int n = random.nextInt(60);
      int[] cluster = new int[n];
      String[] truth = new String[n];
      for (int i = 0; i < n; i++) {
        cluster[i] = random.nextInt(12) - 3;
        truth[i] = random.nextInt(5) == 0 ? null : "t" + random.nextInt(8);
      }
      assertEquals(byMaps(cluster, truth), Evaluation.ofClusters(cluster, truth), "round " + round);
    }
  }

  private static Evaluation byMaps(int[] cluster, String[] truth) {
    Map<Integer, Long> all = new java.util.HashMap<>();
    Map<Integer, Long> known = new java.util.HashMap<>();
    Map<String, Long> sizes = new java.util.HashMap<>();
    Map<String, Long> both = new java.util.HashMap<>();
    Map<String, java.util.Set<Integer>> clustersOf = new java.util.HashMap<>();
    Map<Integer, java.util.Set<String>> truthsOf = new java.util.HashMap<>();
    for (int i = 0; i < cluster.length; i++) {
      all.merge(cluster[i], 1L, Long::sum);
      if (truth[i] != null) {
        known.merge(cluster[i], 1L, Long::sum);
        sizes.merge(truth[i], 1L, Long::sum);
        both.merge(cluster[i] + "/" + truth[i], 1L, Long::sum);
        clustersOf.computeIfAbsent(truth[i], k -> new java.util.HashSet<>()).add(cluster[i]);
        truthsOf.computeIfAbsent(cluster[i], k -> new java.util.HashSet<>()).add(truth[i]);
      }
    }
    long exact = 0;
    for (Map.Entry<String, java.util.Set<Integer>> e : clustersOf.entrySet()) {
      int c = e.getValue().iterator().next();
      if (e.getValue().size() == 1
          && truthsOf.get(c).size() == 1
          && all.get(c).equals(sizes.get(e.getKey()))) {
        exact++;
      }
    }
    return new Evaluation(
        pairs(both.values()),
        pairs(known.values()),
        pairs(sizes.values()),
        all.size(),
        sizes.size(),
        exact);
  }

  private static long pairs(java.util.Collection<Long> sizes) {
    long p = 0;
    for (long k : sizes) {
      p += k * (k - 1) / 2;
    }
    return p;
  }
}
