package org.sijil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;
import picocli.CommandLine;

/** The run both spark-submit jobs share: options first, then the job's steps, the session stops. */
class SparkJobTest {

  private static final SparkLinkage.Result EMPTY =
      new SparkLinkage.Result(null, List.of(), 0, new int[0], 0, List.of());

  @Test
  void aBadThresholdIsRefusedBeforeAnySparkStarts() {
    JobOptions options = options("--threshold", "1");
    Steps job = new Steps(null);
    assertThrows(UserError.class, () -> SparkJob.run(job, options, "sijil test"));
    assertEquals(List.of(), job.done);
  }

  @Test
  void theJobLinksWritesAndSaysThenTheSessionStops() throws Exception {
    JobOptions options = options("--threshold", "0.7", "--seed", "3");
    SparkSession spark = LocalSpark.start("sijil job test");
    Steps job = new Steps(null);
    assertEquals(0, SparkJob.run(job, options, "sijil test"));
    assertEquals(List.of("link at 0.7 seed 3", "write", "summary"), job.done);
    assertSame(spark, job.session, "the job runs on the session");
    assertTrue(spark.sparkContext().isStopped(), "the session stops");
  }

  @Test
  void theSessionStopsWhenTheJobFails() {
    SparkSession spark = LocalSpark.start("sijil job test");
    RuntimeException failure = new IllegalStateException("no such list");
    Steps job = new Steps(failure);
    RuntimeException thrown =
        assertThrows(IllegalStateException.class, () -> SparkJob.run(job, options(), "sijil test"));
    assertSame(failure, thrown);
    assertTrue(spark.sparkContext().isStopped(), "the session stops");
  }

  private static JobOptions options(String... args) {
    JobOptions options = new JobOptions();
    new CommandLine(new Holder(options)).parseArgs(args);
    return options;
  }

  /** A command that only carries the shared options, as the two jobs do. */
  @CommandLine.Command(name = "holder")
  private static final class Holder {
    @CommandLine.Mixin JobOptions options;

    Holder(JobOptions options) {
      this.options = options;
    }
  }

  /** A job that records its steps instead of linking. */
  private static final class Steps implements SparkJob {
    final List<String> done = new ArrayList<>();
    final RuntimeException failure;
    SparkSession session;

    Steps(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public SparkLinkage.Result link(SparkSession spark, SparkLinkage linkage, Settings settings) {
      if (failure != null) {
        throw failure;
      }
      session = spark;
      done.add("link at " + settings.threshold() + " seed " + settings.spec().training().seed());
      return EMPTY;
    }

    @Override
    public void writeResult(SparkSession spark, SparkLinkage.Result result) {
      done.add("write");
    }

    @Override
    public String summary(SparkLinkage.Result result, double seconds) {
      done.add("summary");
      return "nothing linked in " + seconds + " s";
    }
  }
}
