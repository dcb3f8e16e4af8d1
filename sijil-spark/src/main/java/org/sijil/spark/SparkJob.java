package org.sijil.spark;

import java.io.IOException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.spec.LinkageSpec;

/**
 * One {@code spark-submit} job ({@link SparkDedupe}, {@link SparkLink}) and the run they share: the
 * options are checked before Spark starts (a bad threshold or spec costs no session), then the
 * linkage runs on the session, the model is saved when asked for, the result written and a line
 * said of it; the session stops whatever happens.
 */
interface SparkJob {

  /** The job's settings, read from its options before Spark starts. */
  record Settings(double threshold, LinkageSpec spec, LinkageModel fitted) {

    /** Reads them in the order the user is told of a mistake: threshold, spec, then model. */
    static Settings of(JobOptions options) throws IOException {
      double threshold = options.threshold();
      LinkageSpec spec = options.spec();
      return new Settings(threshold, spec, options.model());
    }
  }

  /** Links or dedupes on {@code linkage}, which runs on {@code spark}. */
  SparkLinkage.Result link(SparkSession spark, SparkLinkage linkage, Settings settings);

  /** Writes the result where the job's {@code --out} says. */
  void writeResult(SparkSession spark, SparkLinkage.Result result);

  /** The line said on standard error once the result is written. */
  String summary(SparkLinkage.Result result, double seconds);

  /** Runs {@code job} on a Spark session named {@code appName}; returns the exit code, 0. */
  static int run(SparkJob job, JobOptions options, String appName) throws IOException {
    Settings settings = Settings.of(options);
    SparkSession spark = SparkSession.builder().appName(appName).getOrCreate();
    try {
      long t0 = System.nanoTime();
      SparkLinkage linkage =
          new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()));
      SparkLinkage.Result result = job.link(spark, linkage, settings);
      options.save(result.model());
      job.writeResult(spark, result);
      System.err.println(job.summary(result, (System.nanoTime() - t0) / 1e9));
    } finally {
      spark.stop();
    }
    return 0;
  }
}
