package org.sijil.core.names;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the name engine's hot paths on synthetic names composed of common name parts (about
 * one in eight carrying real-release damage: split compounds, reversed lam-alef, hamza and ya
 * variants). Run: {@code java -jar sijil-bench/target/benchmarks.jar NamesBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NamesBenchmark {

  static final int N = 1024;

  String[] arabic = new String[N];
  String[] latin = new String[N];
  ComparableName[] parsed = new ComparableName[N];
  ComparableName[] parsedLatin = new ComparableName[N];
  final NameComparator comparator = NameComparator.standard();

  @Setup
  public void setup() {
    Random random = new Random(2024);
    for (int i = 0; i < N; i++) {
      arabic[i] = SyntheticNames.arabic(random);
      latin[i] = SyntheticNames.latin(random);
    }
    for (int i = 0; i < N; i++) {
      parsed[i] = ComparableName.arabic(arabic[i]);
      parsedLatin[i] = ComparableName.latin(latin[i]);
    }
  }

  /** Normalize one raw Arabic name and compute its skeleton key. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void normalizeAndSkeleton(Blackhole bh) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (int i = 0; i < N; i++) {
      bh.consume(normalizer.normalize(arabic[i]));
      bh.consume(NameKeys.arabicSkeleton(arabic[i]));
    }
  }

  /** Normalize only. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void normalize(Blackhole bh) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (int i = 0; i < N; i++) {
      bh.consume(normalizer.normalize(arabic[i]));
    }
  }

  /** Normalize one Latin name and compute its phonetic key. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void latinNormalizeAndKey(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(LatinNormalizer.normalize(latin[i]));
      bh.consume(NameKeys.latinPhonetic(latin[i]));
    }
  }

  /** Parse a raw name into its comparable form (done once per record). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void prepareComparable(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(ComparableName.arabic(arabic[i]));
    }
  }

  /** Chain comparison of pre-parsed names: each name against 8 others (mostly non-matches). */
  @Benchmark
  @OperationsPerInvocation(N * 8)
  public double chainCompare() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      ComparableName a = parsed[i];
      for (int k = 0; k < 8; k++) {
        sum += comparator.compare(a, parsed[(i + k * 131) & (N - 1)]);
      }
    }
    return sum;
  }

  /** Cross-script comparison of pre-parsed names. */
  @Benchmark
  @OperationsPerInvocation(N)
  public double crossScriptCompare() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += comparator.compare(parsed[i], parsedLatin[i]);
    }
    return sum;
  }
}
