package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent work units on a bounded pool and returns their results in unit order; runs a
 * whole phase on a pool of its own ({@link #run}) and sorts on several threads ({@link #sort}).
 *
 * <p>Why a pool of its own: the JVM's common pool has one thread fewer than the machine has cores
 * (one on two cores), and a parallel stream started by a thread outside it runs on that thread and
 * the pool's. When one stream runs inside another (a column's records inside the columns), the
 * outer thread waits without helping, and the work is left to a single thread. Inside {@link #run}
 * every parallel stream runs on the phase's own workers, which help each other while they wait.
 * {@link java.util.Arrays#parallelSort} likewise sorts on one thread whenever the common pool has
 * one.
 */
final class Workers {

  private Workers() {}

  /**
   * {@code work} on a pool of {@code threads} workers: parallel streams inside it use them all. On
   * one thread, runs on the caller's.
   */
  static <T> T run(int threads, java.util.function.Supplier<T> work) {
    if (threads <= 1) {
      return work.get();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    // The failure itself, as thrown: the pool would hand back a copy wrapping it.
    Throwable[] failed = new Throwable[1];
    try {
      T out =
          pool.submit(
                  () -> {
                    try {
                      return work.get();
                    } catch (RuntimeException | Error e) {
                      failed[0] = e;
                      return null;
                    }
                  })
              .get();
      if (failed[0] instanceof RuntimeException re) {
        throw re;
      }
      if (failed[0] instanceof Error err) {
        throw err;
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrapped(e);
    } finally {
      pool.shutdown();
    }
  }

  private static RuntimeException unwrapped(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException re) {
      return re;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(c);
  }

  /** Arrays below this length are sorted on one thread: splitting would cost more than it saves. */
  static final int SORT_GRAIN = 1 << 13;

  /**
   * Sorts {@code a} by {@code order} on up to {@code threads} threads: its runs sorted side by
   * side, then merged pairwise. Stable, so the same order as {@link java.util.Arrays#sort(Object[],
   * java.util.Comparator)}.
   */
  static <T> void sort(T[] a, java.util.Comparator<? super T> order, int threads) {
    int runs = runs(a.length, threads);
    if (runs <= 1) {
      Arrays.sort(a, order);
      return;
    }
    int[] bounds = bounds(a.length, runs);
    map(
        runs,
        threads,
        r -> {
          Arrays.sort(a, bounds[r], bounds[r + 1], order);
          return null;
        },
        new Object[0]);
    T[] from = a;
    T[] to = a.clone();
    for (int width = 1; width < runs; width *= 2) {
      T[] src = from;
      T[] dst = to;
      int w = width;
      map(
          (runs + 2 * w - 1) / (2 * w),
          threads,
          m -> {
            int lo = bounds[m * 2 * w];
            int mid = bounds[Math.min(runs, m * 2 * w + w)];
            int hi = bounds[Math.min(runs, m * 2 * w + 2 * w)];
            merge(src, lo, mid, hi, dst, order);
            return null;
          },
          new Object[0]);
      from = dst;
      to = src;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, a.length);
    }
  }

  /** How many runs to sort side by side: a power of two, at most the threads, none too short. */
  private static int runs(int length, int threads) {
    int runs = 1;
    while (runs * 2 <= threads && length / (runs * 2) >= SORT_GRAIN) {
      runs *= 2;
    }
    return runs;
  }

  private static int[] bounds(int length, int runs) {
    int[] bounds = new int[runs + 1];
    for (int r = 0; r <= runs; r++) {
      bounds[r] = (int) ((long) length * r / runs);
    }
    return bounds;
  }

  /**
   * Merges the sorted ranges src[lo, mid) and src[mid, hi) into dst[lo, hi); on ties the left range
   * first, which keeps the sort stable.
   */
  private static <T> void merge(
      T[] src, int lo, int mid, int hi, T[] dst, java.util.Comparator<? super T> order) {
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      dst[k] = j >= hi || (i < mid && order.compare(src[i], src[j]) <= 0) ? src[i++] : src[j++];
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T[] map(int units, int threads, IntFunction<T> work, T[] empty) {
    T[] out = java.util.Arrays.copyOf(empty, units);
    if (threads <= 1 || units <= 1) {
      for (int i = 0; i < units; i++) {
        out[i] = work.apply(i);
      }
      return out;
    }
    if (ownPool()) {
      // Already on a phase's own workers (see run): they take the units.
      IntStream.range(0, units).parallel().forEach(i -> out[i] = work.apply(i));
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, units).parallel().forEach(i -> out[i] = work.apply(i)))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrapped(e);
    } finally {
      pool.shutdown();
    }
    return out;
  }

  /** Whether the caller is a worker of a pool other than the common one. */
  private static boolean ownPool() {
    ForkJoinPool p = java.util.concurrent.ForkJoinTask.getPool();
    return p != null && p != ForkJoinPool.commonPool();
  }

  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
