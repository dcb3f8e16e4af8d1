package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * The scoring loop: one operation compares every distinct candidate pair of a dedupe job on {@code
 * records} synthetic records (blocking enumeration + comparison + weight) on one thread. Candidate
 * pairs per second = pairs (printed at setup) / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx10g"})
public class ScoringBenchmark {

  @Param({"100000", "1000000"})
  int records;

  Linker job;
  LinkageModel model;

  @Setup(Level.Trial)
  public void setUp() {
    List<CasualtyRecord> list = new ArrayList<>();
    long row = 1;
    for (SynthRecord s : new SyntheticLists(SynthConfig.of(records, 3, 42))) {
      list.add(toRecord(s, row++));
    }
    job = Linker.dedupe(DefaultSpecs.casualtyLists(), list, 1);
    model = job.train();
    ScoringStats[] st = new ScoringStats[1];
    job.score(model, 0.5, s -> st[0] = s);
    System.out.println("\ncandidate pairs per operation: " + st[0].compared());
  }

  @Benchmark
  public ScoredPairs score() {
    return job.score(model, 0.5);
  }

  static CasualtyRecord toRecord(SynthRecord s, long row) {
    return new CasualtyRecord(
        row,
        blank(s.id()),
        blank(s.nameAr()),
        blank(s.nameEn()),
        age(s.age()),
        date(s.dob()),
        "m".equals(s.sex()) ? Sex.MALE : "f".equals(s.sex()) ? Sex.FEMALE : null,
        blank(s.source()),
        date(s.dod()),
        blank(s.place()),
        Map.of());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Age age(String s) {
    return s != null && s.matches("\\d{1,3}") ? Age.ofYears(Integer.parseInt(s)) : null;
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
