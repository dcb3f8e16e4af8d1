package org.sijil.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.sijil.spark.SparkLinkage.ScoredPair;
import scala.Tuple2;

/**
 * Clustering without chaining, distributed. The in-process clusterer merges two clusters only
 * through a pair at or above the threshold (and then only when the mean probability over all pairs
 * between them reaches it), so it never joins records of different connected components of those
 * pairs. The components are found in Spark by label propagation (each record takes the smallest
 * label among itself and its neighbours until nothing changes: as many rounds as the widest
 * component is long, a handful for persons); each component is then clustered in one task by the
 * in-process clusterer with the same order of pairs (weight, then indices) and the same scoring of
 * pairs between clusters, so the clusters are the same as in-process.
 */
final class Components {

  /** Rounds of label propagation before giving up: a component this long is not one person. */
  static final int MAX_ROUNDS = 200;

  private final JavaSparkContext sc;
  private final Tasks tasks;
  private final String modelJson;
  private final double threshold;

  Components(JavaSparkContext sc, Tasks tasks, String modelJson, double threshold) {
    this.sc = sc;
    this.tasks = tasks;
    this.modelJson = modelJson;
    this.threshold = threshold;
  }

  /** Each record's cluster label (the smallest record index of its cluster). */
  int[] cluster(JavaRDD<ScoredPair> scored, int n) {
    double t = threshold;
    HashPartitioner parts = new HashPartitioner(Math.max(2, 2 * sc.defaultParallelism()));
    JavaRDD<ScoredPair> edges = scored.filter(p -> p.probability() >= t).cache();
    JavaPairRDD<Integer, Integer> label = components(edges, parts);
    JavaPairRDD<Integer, ScoredPair> byComponent =
        edges
            .mapToPair(p -> new Tuple2<>(p.left(), p))
            .join(label, parts)
            .mapToPair(x -> x._2().swap());
    List<Tuple2<Integer, Integer>> labels =
        byComponent.groupByKey(parts).flatMapToPair(tasks.clusterComponent(modelJson, t)).collect();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    for (Tuple2<Integer, Integer> l : labels) {
      out[l._1()] = l._2();
    }
    edges.unpersist();
    label.unpersist();
    return out;
  }

  /**
   * Record → the smallest record index of its connected component (records with edges only). Links
   * and labels share one partitioner, so each round's joins shuffle only the new labels.
   */
  private static JavaPairRDD<Integer, Integer> components(
      JavaRDD<ScoredPair> edges, HashPartitioner parts) {
    JavaPairRDD<Integer, Integer> links =
        edges
            .flatMapToPair(
                p ->
                    List.of(new Tuple2<>(p.left(), p.right()), new Tuple2<>(p.right(), p.left()))
                        .iterator())
            .partitionBy(parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Each record starts with the smallest of itself and its neighbours.
    JavaPairRDD<Integer, Integer> label =
        links
            .reduceByKey(parts, Math::min)
            .mapToPair(x -> new Tuple2<>(x._1(), Math.min(x._1(), x._2())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<Integer, Integer> next =
          links
              .join(label, parts)
              .mapToPair(x -> x._2())
              .union(label)
              .reduceByKey(parts, Math::min)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(label, parts).filter(x -> !x._2()._1().equals(x._2()._2())).count();
      label.unpersist();
      label = next;
      if (changed == 0) {
        links.unpersist();
        return label;
      }
    }
    throw new IllegalStateException(
        "connected components did not settle in " + MAX_ROUNDS + " rounds");
  }
}
