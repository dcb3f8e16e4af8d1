package org.sijil.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sijil.core.UserError;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.PatternSource;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.SplitJob;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.spark.JobCache.JobInput;

/**
 * A dedupe or link job run as Spark jobs, step by step as the in-process engine runs it:
 *
 * <ol>
 *   <li>the input rows, in input order, become records on the driver, which builds the features and
 *       blocking indexes once ({@link SplitJob}); executors in other JVMs build the same from the
 *       broadcast rows, once per JVM ({@link JobCache});
 *   <li>training: u-level counts of random pairs (64 tasks) and comparison-pattern counts of each
 *       rule's sample and of the union (one task per work unit of candidate pairs) are summed in
 *       Spark ({@code reduceByKey}); EM runs on the driver on those counts;
 *   <li>scoring: one task per work unit; pairs at or above the keep probability come back as an
 *       RDD;
 *   <li>clustering: connected components of the pairs at or above the threshold by label
 *       propagation in Spark, then each component clustered in a task by the in-process clusterer
 *       ({@link Components}).
 * </ol>
 */
public final class SparkLinkage {

  /** Candidate pairs at or above this probability are kept, as the in-process CLI keeps them. */
  static final double KEEP = 0.01;

  private final JavaSparkContext sc;

  public SparkLinkage(JavaSparkContext sc) {
    this.sc = sc;
  }

  /**
   * What a job produced: the model, the records in input order (a link job's left list, then its
   * right list) and each one's cluster, the pairs kept, and a link job's links.
   */
  public record Result(
      LinkageModel model,
      List<CasualtyRecord> records,
      int leftSize,
      int[] cluster,
      long scoredPairs,
      List<Link> links) {}

  /** A link between a left record and a right record (indices into the result's records). */
  public record Link(int left, int right, double probability) {}

  /**
   * Dedupes the rows of a data frame (columns named by canonical field keys, in input order).
   *
   * @param model a fitted model, or null to train one on the input
   */
  public Result dedupe(Dataset<Row> input, LinkageSpec spec, LinkageModel model, double threshold) {
    return run(List.of(input), spec, model, threshold, false);
  }

  /**
   * Links the rows of two data frames as {@code sijil link A B} does: the pairs at or above the
   * threshold whose records end in one cluster, or with {@code oneToOne} each record in at most one
   * link, strongest first.
   *
   * @param model a fitted model, or null to train one on the input
   */
  public Result link(
      Dataset<Row> left,
      Dataset<Row> right,
      LinkageSpec spec,
      LinkageModel model,
      double threshold,
      boolean oneToOne) {
    return run(List.of(left, right), spec, model, threshold, oneToOne);
  }

  private Result run(
      List<Dataset<Row>> inputs,
      LinkageSpec spec,
      LinkageModel model,
      double threshold,
      boolean oneToOne) {
    List<JobCache.ListRows> lists = new ArrayList<>();
    for (Dataset<Row> in : inputs) {
      lists.add(new JobCache.ListRows(List.of(in.columns()), collectRows(in)));
    }
    List<CasualtyRecord> left = lists.get(0).records();
    List<CasualtyRecord> right = lists.size() > 1 ? lists.get(1).records() : null;
    if (right == null ? left.size() < 2 : left.isEmpty() || right.isEmpty()) {
      throw new UserError(right == null ? "fewer than two records to dedupe" : "an empty list");
    }
    SplitJob job = right == null ? SplitJob.dedupe(spec, left) : SplitJob.link(spec, left, right);
    List<CasualtyRecord> records = left;
    if (right != null) {
      records = new ArrayList<>(left);
      records.addAll(right);
    }
    String id = java.util.UUID.randomUUID().toString();
    JobCache.register(id, job);
    Broadcast<JobInput> input0 =
        sc.isLocal() ? null : sc.broadcast(new JobInput(LinkageJson.write(spec), lists));
    try {
      Tasks tasks = new Tasks(id, input0);
      LinkageModel m = model != null ? model : train(job, tasks);
      String modelJson = LinkageJson.write(m);
      JavaRDD<ScoredPair> scored =
          sc.parallelize(range(job.units()), Math.max(1, job.units()))
              .flatMap(tasks.score(modelJson, Math.min(KEEP, threshold)))
              .cache();
      long kept = scored.count();
      int[] cluster =
          new Components(sc, tasks, modelJson, threshold).cluster(scored, records.size());
      List<Link> links =
          right == null ? List.of() : links(job, scored, cluster, threshold, oneToOne);
      scored.unpersist();
      return new Result(m, records, left.size(), cluster, kept, links);
    } finally {
      JobCache.forget(id);
      if (input0 != null) {
        input0.destroy();
      }
    }
  }

  /** A link job's links, sorted by left then right record, as {@code sijil link} writes them. */
  private static List<Link> links(
      SplitJob job, JavaRDD<ScoredPair> scored, int[] cluster, double threshold, boolean oneToOne) {
    List<ScoredPair> above = scored.filter(p -> p.probability() >= threshold).collect();
    ScoredPairs pairs =
        SplitJob.pairs(
            above.stream().mapToInt(ScoredPair::left).toArray(),
            above.stream().mapToInt(ScoredPair::right).toArray(),
            above.stream().mapToDouble(ScoredPair::weight).toArray());
    int[] chosen =
        oneToOne
            ? job.linker().oneToOne(pairs, threshold, Decisions.none())
            : SplitJob.linksWithin(pairs, cluster, threshold);
    List<Link> out = new ArrayList<>(chosen.length);
    for (int i : chosen) {
      out.add(new Link(pairs.left(i), pairs.right(i), pairs.probability(i)));
    }
    out.sort(Comparator.comparingInt(Link::left).thenComparingInt(Link::right));
    return out;
  }

  /** EM on the driver from counts summed in Spark. */
  private LinkageModel train(SplitJob job, Tasks tasks) {
    return job.train(
        new PatternSource() {
          @Override
          public long[][] uCounts() {
            return sc.parallelize(range(SplitJob.U_CHUNKS), SplitJob.U_CHUNKS)
                .map(tasks.uCounts())
                .reduce(Tasks::sum);
          }

          @Override
          public Map<Long, Long> uPatterns() {
            return new HashMap<>(
                sc.parallelize(range(SplitJob.U_CHUNKS), SplitJob.U_CHUNKS)
                    .flatMapToPair(tasks.uPatterns())
                    .reduceByKey(Long::sum)
                    .collectAsMap());
          }

          @Override
          public Map<Long, Long> patterns(int rule) {
            List<Integer> units = new ArrayList<>();
            for (int u = 0; u < job.units(); u++) {
              if (rule < 0 || job.ruleOf(u) == rule) {
                units.add(u);
              }
            }
            if (units.isEmpty()) {
              return Map.of(SplitJob.ENUMERATED, 0L);
            }
            return new HashMap<>(
                sc.parallelize(units, units.size())
                    .flatMapToPair(tasks.patterns(rule))
                    .reduceByKey(Long::sum)
                    .collectAsMap());
          }
        });
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  /**
   * The rows' cells as text, in input order (a file scan keeps the file's order). Collected as a
   * data frame, in Spark's compact row format, not as Java-serialized objects.
   */
  private static List<String[]> collectRows(Dataset<Row> input) {
    int width = input.columns().length;
    List<Row> rows = input.collectAsList();
    List<String[]> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        Object v = r.get(i);
        cells[i] = v == null ? "" : v.toString();
      }
      out.add(cells);
    }
    return out;
  }

  /** A scored pair in the caller's indices, left &lt; right. */
  record ScoredPair(int left, int right, double weight) implements java.io.Serializable {

    double probability() {
      return 1.0 / (1.0 + Math.pow(2, -weight));
    }
  }
}
