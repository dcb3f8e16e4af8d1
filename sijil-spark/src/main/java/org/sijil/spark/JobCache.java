package org.sijil.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.SplitJob;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * One copy of a job's features per executor JVM. The driver registers the job it built; an executor
 * in another JVM builds it once from the broadcast input, and its tasks share it. This is the one
 * piece of process-wide state of the engine: rebuilding the features in every task would cost more
 * than the task itself.
 */
final class JobCache {

  private static final Map<String, SplitJob> JOBS = new ConcurrentHashMap<>();

  private JobCache() {}

  static void register(String id, SplitJob job) {
    JOBS.put(id, job);
  }

  static void forget(String id) {
    JOBS.remove(id);
  }

  /** The job of this id: the driver's in local mode, else built from the broadcast input. */
  static SplitJob get(String id, Broadcast<JobInput> input) {
    SplitJob job = JOBS.get(id);
    if (job != null) {
      return job;
    }
    if (input == null) {
      throw new IllegalStateException("job " + id + " is not known in this JVM");
    }
    synchronized (JobCache.class) {
      return JOBS.computeIfAbsent(id, k -> build(input.value()));
    }
  }

  private static SplitJob build(JobInput in) {
    LinkageSpec spec = LinkageJson.readSpec(in.specJson(), "broadcast spec");
    List<CasualtyRecord> left = in.lists().get(0).records();
    return in.lists().size() == 1
        ? SplitJob.dedupe(spec, left)
        : SplitJob.link(spec, left, in.lists().get(1).records());
  }

  /** One input list's header and rows (cells as text), in input order. */
  record ListRows(List<String> headers, List<String[]> rows) implements java.io.Serializable {

    /** The rows parsed as {@code sijil} parses a list; rejected rows are left out. */
    List<CasualtyRecord> records() {
      return Records.parse(headers, rows);
    }
  }

  /**
   * What an executor needs to build a job: the spec and the input lists (one to dedupe, two to
   * link).
   */
  record JobInput(String specJson, List<ListRows> lists) implements java.io.Serializable {}
}
