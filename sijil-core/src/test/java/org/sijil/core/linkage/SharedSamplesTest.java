package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.TrainingSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * The training samples counted together, each distinct pair compared once, count what each sample
 * counted alone counts: the model's numbers depend on these counts and nothing else.
 */
class SharedSamplesTest {

  @Test
  void eachSampleCountsWhatItCountsAlone() {
    for (Linker job : jobs()) {
      TrainingSpec t = job.spec().training();
      TrainingSpec small =
          new TrainingSpec(
              t.seed(), t.uSamplePairs(), 100, t.emMaxIterations(), t.emTolerance(), t.emRules());
      PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
      Candidates cand = job.candidates();
      int[] rules = new int[cand.rules.length + 1];
      for (int r = 0; r < rules.length; r++) {
        rules[r] = r - 1;
      }
      for (TrainingSpec spec : List.of(t, small)) {
        for (int threads : new int[] {1, 2}) {
          Map<Integer, Map<Long, Long>> shared =
              SharedSamples.count(levels, cand, rules, spec, threads).byRule();
          long drawn = 0;
          for (int r : rules) {
            Map<Long, Long> alone = new TrainingSample(levels, cand, r, spec).countAll(threads);
            assertEquals(alone, shared.get(r), "rule " + r + ", " + threads + " threads");
            drawn += drawn(alone);
          }
          assertTrue(drawn > 0, "nothing drawn");
        }
      }
    }
  }

  @Test
  void distinctKeysAreTheSortedUnionOfTheSamples() {
    SharedSamples.Drawn[] few = {
      drawn(1, 1, 3), drawn(), drawn(2, 3, 5), drawn(SharedSamples.key(7, 2), 5)
    };
    assertArrayEquals(
        new long[] {1, 2, 3, 5, SharedSamples.key(7, 2)}, SharedSamples.distinct(few));
    // Many samples of many keys, pairs drawn twice within a sample and shared between samples.
    java.util.Random random = new java.util.Random(20);
    SharedSamples.Drawn[] many = new SharedSamples.Drawn[64];
    java.util.TreeSet<Long> union = new java.util.TreeSet<>();
    for (int s = 0; s < many.length; s++) {
      long[] keys = new long[4_000];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = SharedSamples.key(random.nextInt(400), random.nextInt(400));
        union.add(keys[i]);
      }
      many[s] = drawn(keys);
    }
    assertArrayEquals(
        union.stream().mapToLong(Long::longValue).toArray(), SharedSamples.distinct(many));
  }

  private static SharedSamples.Drawn drawn(long... keys) {
    long[] sorted = keys.clone();
    java.util.Arrays.sort(sorted);
    return new SharedSamples.Drawn(sorted, sorted.length);
  }

  @Test
  void samplesOverlapSoSharingSavesComparisons() {
    Linker job = jobs().get(1);
    PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
    int[] rules = Trainer.sampledRules(job.spec(), job.candidates());
    long drawn = 0;
    java.util.Set<Long> distinct = new java.util.HashSet<>();
    for (int r : rules) {
      TrainingSample sample =
          new TrainingSample(levels, job.candidates(), r, job.spec().training());
      for (Candidates.Unit u : sample.units()) {
        sample.draw(u, (a, b) -> distinct.add(SharedSamples.key(a, b)));
      }
      drawn += drawn(sample.countAll(1));
    }
    assertTrue(distinct.size() < drawn, distinct.size() + " distinct of " + drawn);
  }

  @Test
  void theTrainerAsksForTheSamplesCountedInAdvance() {
    for (Linker job : jobs()) {
      PairScorer levels = new PairScorer(job.spec(), Trainer.placeholder(job.spec()), job.table());
      LocalCounts local = new LocalCounts(levels, job.table(), job.candidates(), 2);
      List<Integer> asked = new ArrayList<>();
      PatternSource recording =
          new PatternSource() {
            @Override
            public long[][] uCounts() {
              return local.uCounts();
            }

            @Override
            public Map<Long, Long> uPatterns() {
              return local.uPatterns();
            }

            @Override
            public Map<Long, Long> patterns(int rule) {
              if (!asked.contains(rule)) {
                asked.add(rule);
              }
              return local.patterns(rule);
            }
          };
      Trainer.train(job.spec(), job.table(), job.candidates(), recording);
      int[] expected = Trainer.sampledRules(job.spec(), job.candidates());
      assertArrayEquals(expected, asked.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** A link job and a dedupe job of the same records. */
  private static List<Linker> jobs() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(4);
    List<CasualtyRecord> both = new ArrayList<>(lists.get(0));
    both.addAll(lists.get(1));
    return List.of(
        Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2),
        Linker.dedupe(LinkerTest.SPEC, both, 2));
  }

  private static long drawn(Map<Long, Long> counts) {
    long n = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      n += e.getKey() == PatternSource.ENUMERATED ? 0 : e.getValue();
    }
    return n;
  }
}
