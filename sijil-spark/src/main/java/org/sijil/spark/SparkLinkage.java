package org.sijil.spark;

import java.util.ArrayList;
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
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.SplitJob;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.spark.JobCache.JobInput;

/**
 * A dedupe job run as Spark jobs, step by step as the in-process engine runs it:
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

  /** What a job produced: the model, the records in input order and each one's cluster. */
  public record Result(
      LinkageModel model, List<CasualtyRecord> records, int[] cluster, long scoredPairs) {}

  /**
   * Dedupes the rows of a data frame (columns named by canonical field keys, in input order).
   *
   * @param model a fitted model, or null to train one on the input
   */
  public Result dedupe(Dataset<Row> input, LinkageSpec spec, LinkageModel model, double threshold) {
    List<String> headers = List.of(input.columns());
    List<String[]> rows = collectRows(input);
    long[] rejected = new long[1];
    List<CasualtyRecord> records = Records.parse(headers, rows, rejected);
    if (records.size() < 2) {
      throw new UserError("fewer than two records to dedupe");
    }
    SplitJob job = SplitJob.dedupe(spec, records);
    String id = java.util.UUID.randomUUID().toString();
    JobCache.register(id, job);
    Broadcast<JobInput> input0 =
        sc.isLocal() ? null : sc.broadcast(new JobInput(LinkageJson.write(spec), headers, rows));
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
      scored.unpersist();
      return new Result(m, records, cluster, kept);
    } finally {
      JobCache.forget(id);
      if (input0 != null) {
        input0.destroy();
      }
    }
  }

  /** EM on the driver from counts summed in Spark. */
  private LinkageModel train(SplitJob job, Tasks tasks) {
    return job.train(
        new SplitJob.PatternSource() {
          @Override
          public long[][] uCounts() {
            return sc.parallelize(range(SplitJob.U_CHUNKS), SplitJob.U_CHUNKS)
                .map(tasks.uCounts())
                .reduce(Tasks::sum);
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
