package org.sijil.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.SplitJob;
import org.sijil.spark.JobCache.JobInput;
import org.sijil.spark.SparkLinkage.ScoredPair;
import scala.Tuple2;

/**
 * The functions Spark ships to executors. Each finds the job's features in its JVM ({@link
 * JobCache}) and runs one {@link SplitJob} task; only the job id, the broadcast handle and small
 * values travel with it.
 */
final class Tasks implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final Broadcast<JobInput> input;

  Tasks(String id, Broadcast<JobInput> input) {
    this.id = id;
    this.input = input;
  }

  SplitJob job() {
    return JobCache.get(id, input);
  }

  /** Level counts of one chunk of random pairs. */
  Function<Integer, long[][]> uCounts() {
    return chunk -> job().uCounts(chunk);
  }

  static long[][] sum(long[][] x, long[][] y) {
    long[][] out = new long[x.length][];
    for (int c = 0; c < x.length; c++) {
      out[c] = x[c].clone();
      for (int l = 0; l < out[c].length; l++) {
        out[c][l] += y[c][l];
      }
    }
    return out;
  }

  /** Pattern counts of one chunk of random pairs. */
  PairFlatMapFunction<Integer, Long, Long> uPatterns() {
    return chunk -> {
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (Map.Entry<Long, Long> e : job().uPatterns(chunk).entrySet()) {
        out.add(new Tuple2<>(e.getKey(), e.getValue()));
      }
      return out.iterator();
    };
  }

  /** Pattern counts of one work unit's share of a training sample. */
  PairFlatMapFunction<Integer, Long, Long> patterns(int rule) {
    return unit -> {
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (Map.Entry<Long, Long> e : job().samplePatterns(unit, rule).entrySet()) {
        out.add(new Tuple2<>(e.getKey(), e.getValue()));
      }
      return out.iterator();
    };
  }

  /** The kept pairs of one work unit. */
  FlatMapFunction<Integer, ScoredPair> score(String modelJson, double keep) {
    return unit -> {
      LinkageModel model = LinkageJson.readModel(modelJson, "model");
      ScoredPairs p = job().score(model, keep, unit);
      List<ScoredPair> out = new ArrayList<>(p.size());
      for (int i = 0; i < p.size(); i++) {
        out.add(new ScoredPair(p.left(i), p.right(i), p.weight(i)));
      }
      return out.iterator();
    };
  }

  /** Labels of one connected component's records: (record, cluster label). */
  PairFlatMapFunction<Tuple2<Integer, Iterable<ScoredPair>>, Integer, Integer> clusterComponent(
      String modelJson, double threshold) {
    return component -> {
      List<ScoredPair> pairs = new ArrayList<>();
      java.util.TreeSet<Integer> members = new java.util.TreeSet<>();
      for (ScoredPair p : component._2()) {
        pairs.add(p);
        members.add(p.left());
        members.add(p.right());
      }
      int[] records = members.stream().mapToInt(Integer::intValue).toArray();
      int[] left = new int[pairs.size()];
      int[] right = new int[pairs.size()];
      double[] weight = new double[pairs.size()];
      for (int i = 0; i < left.length; i++) {
        left[i] = pairs.get(i).left();
        right[i] = pairs.get(i).right();
        weight[i] = pairs.get(i).weight();
      }
      LinkageModel model = LinkageJson.readModel(modelJson, "model");
      int[] label = job().clusterComponent(model, records, left, right, weight, threshold);
      List<Tuple2<Integer, Integer>> out = new ArrayList<>(records.length);
      for (int i = 0; i < records.length; i++) {
        out.add(new Tuple2<>(records[i], label[i]));
      }
      Iterator<Tuple2<Integer, Integer>> it = out.iterator();
      return it;
    };
  }
}
