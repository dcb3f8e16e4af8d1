package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sorts on several threads give the one-thread order; a phase run on its own pool runs its parallel
 * streams there; failures come out as thrown.
 */
class WorkersTest {

  private static final int[] LENGTHS = {
    0, 1, 2, Workers.SORT_GRAIN - 1, 2 * Workers.SORT_GRAIN, 2 * Workers.SORT_GRAIN + 1, 100_003
  };

  /**
   * Lengths up to four sort grains: every split into 1, 2 or 4 runs and its merges, fast enough for
   * mutation testing, which leaves out the slow tests with 100,003 values.
   */
  private static final int[] SHORT_LENGTHS = {
    0, 1, 2, Workers.SORT_GRAIN - 1, 2 * Workers.SORT_GRAIN, 4 * Workers.SORT_GRAIN + 3
  };

  @Test
  void shortSortsAreThoseOfArraysSortOnAnyNumberOfThreads() {
    objectsSort(SHORT_LENGTHS);
  }

  /** A value and where it was: equal values must keep their order (the sort is stable). */
  private record Tagged(int value, int at) {}

  @Test
  @Tag("slow")
  void objectsSortStablyAsArraysSortOnAnyNumberOfThreads() {
    objectsSort(LENGTHS);
  }

  private static void objectsSort(int[] lengths) {
    SplittableRandom random = new SplittableRandom(9);
    Comparator<Tagged> byValue = Comparator.comparingInt(Tagged::value);
    for (int n : lengths) {
      Tagged[] values = new Tagged[n];
      for (int i = 0; i < n; i++) {
        values[i] = new Tagged(random.nextInt(50), i);
      }
      Tagged[] expected = values.clone();
      Arrays.sort(expected, byValue);
      for (int threads = 1; threads <= 5; threads++) {
        Tagged[] sorted = values.clone();
        Workers.sort(sorted, byValue, threads);
        assertArrayEquals(expected, sorted, n + " values, " + threads + " threads");
      }
    }
  }

  @Test
  void aPhaseRunsItsParallelStreamsAndUnitsOnItsOwnWorkers() {
    Set<ForkJoinPool> pools = ConcurrentHashMap.newKeySet();
    ForkJoinPool outer =
        Workers.run(
            2,
            () -> {
              IntStream.range(0, 10_000).parallel().forEach(i -> pools.add(ForkJoinTask.getPool()));
              Workers.map(8, 2, i -> pools.add(ForkJoinTask.getPool()), new Boolean[0]);
              return ForkJoinTask.getPool();
            });
    assertEquals(Set.of(outer), pools);
    assertTrue(outer != ForkJoinPool.commonPool());
    assertEquals(2, outer.getParallelism());
    assertTrue(outer.isShutdown());
  }

  @Test
  void oneThreadRunsOnTheCaller() {
    Thread caller = Thread.currentThread();
    assertSame(caller, Workers.run(1, Thread::currentThread));
  }

  @Test
  void aFailureInsideComesOutAsThrown() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Workers.run(
                    2,
                    () -> {
                      throw new IllegalArgumentException("bad value 7");
                    }));
    assertEquals("bad value 7", e.getMessage());
  }
}
