package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * u without the random pairs' matches ({@link UEstimator#nonMatchU}), where the true u is known.
 */
class UEstimatorTest {

  /**
   * Random pairs between two releases that share most people: one pair in a thousand is a match,
   * and matches agree on the first comparison (a whole name) 1,800 times more often than
   * non-matches, so among random pairs that agree on it matches outnumber non-matches.
   */
  static final double LAMBDA = 0.001;

  static final double[][] M = {{1, 0.9, 0.07, 0.03}, {1, 0.8, 0.15, 0.05}, {1, 0.97, 0.03}};
  static final double[][] U = {{1, 0.0005, 0.0095, 0.99}, {1, 0.05, 0.15, 0.8}, {1, 0.5, 0.5}};

  @Test
  void recoversTheNonMatchUWhereMatchesCrowdTheAgreeingRandomPairs() {
    Trainer.Patterns random = draw(2_000_000, new Random(11));
    double[][] plain = UEstimator.smooth(UEstimator.marginals(random, new int[] {4, 4, 3}));
    // Counted over all random pairs the name's agreement is nearly three times too common.
    assertTrue(plain[0][1] > 2.5 * U[0][1], "plain u " + plain[0][1]);
    double[][] u = UEstimator.nonMatchU(random, M, LAMBDA, plain, 200, 1e-6);
    for (int c = 0; c < U.length; c++) {
      for (int l = 1; l < U[c].length; l++) {
        assertEquals(1, u[c][l] / U[c][l], 0.1, "u[" + c + "][" + l + "] = " + u[c][l]);
      }
    }
  }

  @Test
  void withoutMatchesAmongTheRandomPairsUStaysThePlainEstimate() {
    Trainer.Patterns random = draw(200_000, new Random(3), 0);
    double[][] plain = UEstimator.smooth(UEstimator.marginals(random, new int[] {4, 4, 3}));
    // A prior far below any agreement rate: no random pair is taken for a match.
    double[][] u = UEstimator.nonMatchU(random, M, 1e-12, plain, 200, 1e-9);
    for (int c = 0; c < U.length; c++) {
      for (int l = 1; l < U[c].length; l++) {
        assertEquals(plain[c][l], u[c][l], plain[c][l] * 1e-6);
      }
    }
  }

  @Test
  void patternCountsAreTheLevelCountsOfTheSameRandomPairs() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(5);
    Linker job = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 1);
    PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
    int nc = job.spec().comparisons().size();
    int[] sizes = new int[nc];
    for (int c = 0; c < nc; c++) {
      sizes[c] = job.spec().comparisons().get(c).levels().size();
    }
    var t = job.spec().training();
    Trainer.Patterns p = TrainingSample.decode(UEstimator.patterns(levels, job.table(), t, 2), nc);
    long[][] fromPatterns = UEstimator.marginals(p, sizes);
    long[][] counted = UEstimator.count(levels, job.table(), t, 2);
    for (int c = 0; c < nc; c++) {
      assertTrue(java.util.Arrays.equals(counted[c], fromPatterns[c]), "comparison " + c);
    }
  }

  /**
   * The random pairs compared in batches, their first reads made together ({@link
   * PairScorer#touch}), give the patterns of the same pairs drawn and compared one at a time, as
   * before batching: in a link job and in a dedupe job, on one thread and two, with chunks that are
   * not a whole number of batches.
   */
  @Test
  void batchedRandomPairsGiveThePatternsOfPairsComparedOneAtATime() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(8);
    List<CasualtyRecord> both = new ArrayList<>(lists.get(0));
    both.addAll(lists.get(1));
    for (Linker job :
        List.of(
            Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2),
            Linker.dedupe(LinkerTest.SPEC, both, 2))) {
      PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
      var t = job.spec().training();
      long target = Math.min(t.uSamplePairs(), Math.max(1000, job.table().allPairs()));
      long perChunk = (target + UEstimator.CHUNKS - 1) / UEstimator.CHUNKS;
      assertTrue(perChunk % UEstimator.BATCH != 0, "chunks of " + perChunk + " pairs");
      Map<Long, Long> oneAtATime = new TreeMap<>();
      for (int chunk = 0; chunk < UEstimator.CHUNKS; chunk++) {
        oneAtATime(levels, job.table(), t, chunk, perChunk)
            .forEach((k, v) -> oneAtATime.merge(k, v, Long::sum));
      }
      assertEquals(oneAtATime, UEstimator.patterns(levels, job.table(), t, 2));
      assertEquals(oneAtATime, UEstimator.patterns(levels, job.table(), t, 1));
    }
  }

  /** One chunk's random pairs drawn and compared one after the other, as before batching. */
  private static Map<Long, Long> oneAtATime(
      PairScorer scorer,
      RecordTable table,
      org.sijil.core.linkage.spec.TrainingSpec t,
      int chunk,
      long perChunk) {
    java.util.SplittableRandom rnd =
        new java.util.SplittableRandom(RecordTable.mix(t.seed() * 31 + chunk));
    Scratch s = new Scratch();
    int[] lv = new int[scorer.comparisons.length];
    int n = table.size();
    int left = table.leftSize();
    Map<Long, Long> counts = new TreeMap<>();
    for (long i = 0; i < perChunk; i++) {
      int a;
      int b;
      if (table.isLink()) {
        a = rnd.nextInt(left);
        b = left + rnd.nextInt(n - left);
      } else {
        a = rnd.nextInt(n);
        b = rnd.nextInt(n - 1);
        if (b >= a) {
          b++;
        }
      }
      scorer.levels(a, b, s, lv);
      long code = 0;
      for (int l : lv) {
        code = (code << 4) | l;
      }
      counts.merge(code, 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Two synthetic lists sharing 950 of their 1,000 people each: the trained model's u of an exact
   * Arabic name is the rate at which different people's names agree, counted with the truth over
   * every pair across the lists, and not the rate among all random pairs (about thirty times
   * higher, nearly all of it the 950 matches).
   */
  @Test
  @Tag("slow")
  void theTrainedModelsExactNameUIsTheNonMatchRate() {
    Random rnd = new Random(21);
    List<Synthetic.Person> persons = Synthetic.persons(1050, rnd);
    List<CasualtyRecord> left = new ArrayList<>();
    List<CasualtyRecord> right = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      left.add(Synthetic.record(persons.get(i), left.size() + 1, rnd, false));
    }
    for (int i = 50; i < 1050; i++) {
      right.add(Synthetic.record(persons.get(i), right.size() + 1, rnd, rnd.nextInt(4) == 0));
    }
    LinkageSpec spec = LinkerTest.SPEC;
    Linker job = Linker.link(spec, left, right, 2);
    int c = index(job.spec(), "name_ar");
    int exact = job.spec().comparisons().get(c).exactLevel();
    double[] truth = trueRates(job, left, right, c, exact);
    LinkageModel model = job.train();
    double trained = model.comparisons().get(c).levels().get(exact).u();
    assertTrue(truth[1] > 20 * truth[0], "plain " + truth[1] + " vs non-match " + truth[0]);
    assertEquals(1, trained / truth[0], 0.5, "trained " + trained + ", true " + truth[0]);
    double tfBase = model.comparisons().get(c).tfBase();
    assertEquals(1, tfBase / truth[1], 0.15, "tfBase " + tfBase + ", all pairs " + truth[1]);
  }

  /** The exact level's share among the non-matches, and among all pairs, over every pair. */
  private static double[] trueRates(
      Linker job, List<CasualtyRecord> left, List<CasualtyRecord> right, int c, int exact) {
    PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
    int[] external = job.external();
    int n = left.size();
    Scratch s = new Scratch();
    int[] lv = new int[job.spec().comparisons().size()];
    long nonMatches = 0;
    long agreeing = 0;
    long all = 0;
    long allAgreeing = 0;
    for (int a = 0; a < n; a++) {
      for (int b = n; b < n + right.size(); b++) {
        levels.levels(a, b, s, lv);
        if (lv[c] == 0) {
          continue;
        }
        boolean same = key(left, right, external[a]).equals(key(left, right, external[b]));
        all++;
        allAgreeing += lv[c] == exact ? 1 : 0;
        if (!same) {
          nonMatches++;
          agreeing += lv[c] == exact ? 1 : 0;
        }
      }
    }
    return new double[] {agreeing / (double) nonMatches, allAgreeing / (double) all};
  }

  private static String key(List<CasualtyRecord> left, List<CasualtyRecord> right, int i) {
    return i < left.size() ? left.get(i).id() : right.get(i - left.size()).id();
  }

  private static int index(LinkageSpec spec, String name) {
    for (int c = 0; c < spec.comparisons().size(); c++) {
      if (spec.comparisons().get(c).name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static Trainer.Patterns draw(int pairs, Random rnd) {
    return draw(pairs, rnd, LAMBDA);
  }

  /** Random pairs' patterns from the known mixture; one level in ten null. */
  private static Trainer.Patterns draw(int pairs, Random rnd, double lambda) {
    Map<Long, Long> counts = new TreeMap<>();
    for (int i = 0; i < pairs; i++) {
      boolean match = rnd.nextDouble() < lambda;
      long code = 0;
      for (int c = 0; c < M.length; c++) {
        int l = rnd.nextDouble() < 0.1 ? 0 : level(match ? M[c] : U[c], rnd);
        code = (code << 4) | l;
      }
      counts.merge(code, 1L, Long::sum);
    }
    return TrainingSample.decode(counts, M.length);
  }

  private static int level(double[] p, Random rnd) {
    double x = rnd.nextDouble();
    for (int l = 1; l < p.length - 1; l++) {
      x -= p[l];
      if (x < 0) {
        return l;
      }
    }
    return p.length - 1;
  }
}
