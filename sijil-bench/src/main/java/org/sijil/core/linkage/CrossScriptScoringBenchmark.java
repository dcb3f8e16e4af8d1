package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * Scoring across scripts: one operation compares every distinct candidate pair of a link job
 * between synthetic records with only their Arabic name (odd records) and records with only their
 * Latin name (even records), on one thread: blocking enumeration, the cross-script name comparison
 * and the other comparisons, weight. Pairs per second = pairs (printed at setup) / time per
 * operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class CrossScriptScoringBenchmark {

  @Param({"200000"})
  int records;

  Linker job;
  LinkageModel model;

  @Setup(Level.Trial)
  public void setUp() {
    List<CasualtyRecord> arabic = new ArrayList<>();
    List<CasualtyRecord> latin = new ArrayList<>();
    long row = 1;
    for (SynthRecord s : new SyntheticLists(SynthConfig.of(records, 3, 42))) {
      CasualtyRecord r = ScoringBenchmark.toRecord(s, row++);
      if (row % 2 == 0) {
        arabic.add(
            new CasualtyRecord(
                r.row(),
                r.id(),
                r.nameAr(),
                null,
                r.age(),
                r.dob(),
                r.sex(),
                r.source(),
                r.dod(),
                r.place(),
                r.raw()));
      } else if (r.nameEn() != null) {
        latin.add(
            new CasualtyRecord(
                r.row(),
                r.id(),
                null,
                r.nameEn(),
                r.age(),
                r.dob(),
                r.sex(),
                r.source(),
                r.dod(),
                r.place(),
                r.raw()));
      }
    }
    job =
        Linker.link(DefaultSpecs.casualtyLists().without(java.util.Set.of("id")), arabic, latin, 1);
    model = job.train();
    ScoringStats[] st = new ScoringStats[1];
    job.score(model, 0.5, s -> st[0] = s);
    System.out.println(
        "\ncandidate pairs per operation: "
            + st[0].compared()
            + "; comparing "
            + job.spec().comparisons().stream().map(c -> c.name()).toList());
  }

  @Benchmark
  public ScoredPairs score() {
    return job.score(model, 0.5);
  }
}
