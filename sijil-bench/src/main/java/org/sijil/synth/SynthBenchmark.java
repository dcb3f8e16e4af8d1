package org.sijil.synth;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the synthetic-list generator in memory (no I/O): one operation generates {@code
 * records} records on three lists with realistic damage. Records per second = records / time per
 * op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SynthBenchmark {

  @Param({"100000"})
  int records;

  @Benchmark
  public void generate(Blackhole bh) {
    for (SynthRecord r : new SyntheticLists(SynthConfig.of(records, 3, 42))) {
      bh.consume(r);
    }
  }
}
