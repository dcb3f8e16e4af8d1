package org.sijil.core.linkage;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name comparisons per second of the linkage Jaro-Winkler ({@code Similarity}, bit-parallel)
 * against the window scan it replaced ({@link Reference}), on candidate-like pairs of synthetic
 * 4-token name chains (composed of common name parts): a quarter with one letter changed, a quarter
 * with one token different, half another person of the same family (the usual non-match of a
 * block). {@code tokens} is what name columns score (whole name and token by token); {@code whole}
 * is plain Jaro-Winkler on the joined name. It sits in the package it measures, so it calls the
 * package-private {@code Similarity} directly. Run: {@code java -jar
 * sijil-bench/target/benchmarks.jar JaroWinklerBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JaroWinklerBenchmark {

  static final int N = 1024;

  // Normalized forms, as name columns hold them (no hamza on alef, ta marbuta as ha).
  private static final String[] GIVEN_AR = {
    "محمد", "احمد", "محمود", "علي", "خالد", "يوسف", "ابراهيم", "حسن", "عمر", "سامي", "فاطمه",
    "مريم", "سلمى", "نور", "هدى", "عبدالله", "مصطفى", "جمال"
  };
  private static final String[] FAMILY_AR = {
    "النجار", "المصري", "الشوا", "حمدان", "عاشور", "سالم", "العطار", "الكرد", "شراب", "الهبيل",
    "عبيد", "جمعه", "ياسين", "حسونه", "غزال", "زايد"
  };
  private static final String LETTERS_AR = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final String[] GIVEN_LAT = {
    "mohammed",
    "ahmed",
    "mahmoud",
    "ali",
    "khaled",
    "yousef",
    "ibrahim",
    "hassan",
    "omar",
    "sami",
    "fatima",
    "mariam",
    "salma",
    "nour",
    "huda",
    "abdullah"
  };
  private static final String[] FAMILY_LAT = {
    "alnajjar",
    "almasri",
    "alshawa",
    "hamdan",
    "ashour",
    "salem",
    "alattar",
    "alkurd",
    "shurrab",
    "alhabil",
    "obeid",
    "jumaa",
    "yassin",
    "hassouna"
  };
  private static final String LETTERS_LAT = "abcdefghijklmnopqrstuvwxyz";

  @Param({"arabic", "latin"})
  String script;

  final char[][] a = new char[N][];
  final char[][] b = new char[N][];
  final byte[][] aEnds = new byte[N][];
  final byte[][] bEnds = new byte[N][];
  Scratch scratch;
  final Reference reference = new Reference();

  @Setup
  public void setup() {
    scratch = new Scratch();
    boolean arabic = script.equals("arabic");
    String[] given = arabic ? GIVEN_AR : GIVEN_LAT;
    String[] family = arabic ? FAMILY_AR : FAMILY_LAT;
    String letters = arabic ? LETTERS_AR : LETTERS_LAT;
    Random random = new Random(2026);
    for (int i = 0; i < N; i++) {
      String[] x = {
        pick(random, given), pick(random, given), pick(random, given), pick(random, family)
      };
      String[] y = x.clone();
      int kind = random.nextInt(4);
      if (kind == 0) {
        int t = random.nextInt(4);
        char[] token = y[t].toCharArray();
        token[random.nextInt(token.length)] = letters.charAt(random.nextInt(letters.length()));
        y[t] = new String(token);
      } else if (kind == 1) {
        y[random.nextInt(3)] = pick(random, given);
      } else {
        y = new String[] {pick(random, given), pick(random, given), pick(random, given), x[3]};
      }
      a[i] = join(x);
      aEnds[i] = ends(x);
      b[i] = join(y);
      bEnds[i] = ends(y);
    }
    // A speedup only counts if the answers are the same: fail the run rather than time a wrong one.
    if (tokens() != tokensReference() || whole() != wholeReference()) {
      throw new IllegalStateException(
          "Similarity disagrees with the reference on the benchmark pairs");
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double tokens() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += Similarity.tokens(a[i], aEnds[i], b[i], bEnds[i], scratch);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double tokensReference() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += reference.tokens(a[i], aEnds[i], b[i], bEnds[i]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double whole() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += Similarity.jaroWinkler(a[i], b[i], scratch);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double wholeReference() {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += reference.jaroWinkler(a[i], 0, a[i].length, b[i], 0, b[i].length);
    }
    return sum;
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** Tokens joined without separators, as name columns store them. */
  private static char[] join(String[] tokens) {
    return String.join("", tokens).toCharArray();
  }

  private static byte[] ends(String[] tokens) {
    byte[] e = new byte[tokens.length];
    int at = 0;
    for (int t = 0; t < tokens.length; t++) {
      at += tokens[t].length();
      e[t] = (byte) at;
    }
    return e;
  }

  /**
   * The window-scan Jaro-Winkler that Similarity used before, with reused scratch arrays as it had.
   */
  private static final class Reference {
    private boolean[] matchedA = new boolean[64];
    private boolean[] matchedB = new boolean[64];

    double tokens(char[] a, byte[] ae, char[] b, byte[] be) {
      double whole = jaroWinkler(a, 0, a.length, b, 0, b.length);
      if (ae.length != be.length || ae.length < 2) {
        return whole;
      }
      double sum = 0;
      int af = 0;
      int bf = 0;
      for (int t = 0; t < ae.length; t++) {
        int at = ae[t] & 0xff;
        int bt = be[t] & 0xff;
        sum += jaroWinkler(a, af, at, b, bf, bt) * ((at - af) + (bt - bf));
        af = at;
        bf = bt;
      }
      return Math.max(whole, sum / (a.length + b.length));
    }

    double jaroWinkler(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
      double j = jaro(a, aFrom, aTo, b, bFrom, bTo);
      if (j <= 0.7) {
        return j;
      }
      int prefix = 0;
      int max = Math.min(4, Math.min(aTo - aFrom, bTo - bFrom));
      while (prefix < max && a[aFrom + prefix] == b[bFrom + prefix]) {
        prefix++;
      }
      return j + prefix * 0.1 * (1 - j);
    }

    double jaro(char[] a0, int aFrom, int aTo, char[] b0, int bFrom, int bTo) {
      int la = aTo - aFrom;
      int lb = bTo - bFrom;
      if (la == 0 && lb == 0) {
        return 1.0;
      }
      if (la == 0 || lb == 0) {
        return 0.0;
      }
      if (matchedA.length < la) {
        matchedA = new boolean[Math.max(la, matchedA.length * 2)];
      }
      if (matchedB.length < lb) {
        matchedB = new boolean[Math.max(lb, matchedB.length * 2)];
      }
      boolean[] ma = matchedA;
      boolean[] mb = matchedB;
      java.util.Arrays.fill(ma, 0, la, false);
      java.util.Arrays.fill(mb, 0, lb, false);
      int window = Math.max(0, Math.max(la, lb) / 2 - 1);
      int matches = 0;
      for (int i = 0; i < la; i++) {
        int from = Math.max(0, i - window);
        int to = Math.min(lb, i + window + 1);
        char c = a0[aFrom + i];
        for (int k = from; k < to; k++) {
          if (!mb[k] && b0[bFrom + k] == c) {
            ma[i] = true;
            mb[k] = true;
            matches++;
            break;
          }
        }
      }
      if (matches == 0) {
        return 0.0;
      }
      int transpositions = 0;
      int k = 0;
      for (int i = 0; i < la; i++) {
        if (ma[i]) {
          while (!mb[k]) {
            k++;
          }
          if (a0[aFrom + i] != b0[bFrom + k]) {
            transpositions++;
          }
          k++;
        }
      }
      double m = matches;
      return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    }
  }
}
