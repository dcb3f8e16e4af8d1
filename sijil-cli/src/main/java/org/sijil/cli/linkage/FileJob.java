package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.RuleCount;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.ScoringStats;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/** Runs a linkage job on files and reports its progress on the error stream. */
final class FileJob {

  final Linker linker;
  final LinkageModel model;
  final ScoredPairs pairs;
  final ScoringStats stats;

  private FileJob(Linker linker, LinkageModel model, ScoredPairs pairs, ScoringStats stats) {
    this.linker = linker;
    this.model = model;
    this.pairs = pairs;
    this.stats = stats;
  }

  /** Candidate pairs at or above this probability are kept for clustering and review. */
  static final double KEEP = 0.01;

  static FileJob run(
      JobOptions o,
      LinkageSpec spec,
      List<CasualtyRecord> left,
      List<CasualtyRecord> right,
      PrintWriter err) {
    long t0 = System.nanoTime();
    Linker linker =
        right == null
            ? Linker.dedupe(spec, left, o.threads())
            : Linker.link(spec, left, right, o.threads());
    err.printf(
        Locale.ROOT,
        "features: %d records in %.1f s; comparing %s%n",
        linker.table().size(),
        seconds(t0),
        names(linker.spec()));
    err.println("candidate pairs per blocking rule (before removing repeats):");
    for (RuleCount c : linker.candidateCounts()) {
      err.printf(Locale.ROOT, "  %-32s %,d%n", c.rule(), c.pairs());
    }
    err.flush();
    linker.checkPairLimit(o.maxPairs);
    long t1 = System.nanoTime();
    LinkageModel model = o.loadModel();
    if (model == null) {
      model = linker.train();
      err.printf(Locale.ROOT, "trained in %.1f s (prior %.3g)%n", seconds(t1), model.prior());
    }
    if (o.saveModel != null) {
      JobOptions.write(o.saveModel, LinkageJson.write(model));
    }
    ScoringStats[] st = new ScoringStats[1];
    ScoredPairs pairs = linker.score(model, Math.min(KEEP, o.threshold), s -> st[0] = s);
    err.printf(
        Locale.ROOT,
        "scored %,d distinct candidate pairs in %.1f s (%,.0f pairs/s per thread), kept %,d%n",
        st[0].compared(),
        st[0].nanos() / 1e9,
        st[0].pairsPerSecondPerThread(),
        st[0].kept());
    err.flush();
    return new FileJob(linker, model, pairs, st[0]);
  }

  int[] clusters(double threshold) {
    return linker.cluster(model, pairs, threshold, Decisions.none());
  }

  static String names(LinkageSpec spec) {
    StringBuilder sb = new StringBuilder();
    spec.comparisons().forEach(c -> sb.append(sb.length() == 0 ? "" : ", ").append(c.name()));
    return sb.toString();
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
