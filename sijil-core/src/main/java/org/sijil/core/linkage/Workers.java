package org.sijil.core.linkage;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs independent work units on a bounded pool and returns their results in unit order. */
final class Workers {

  private Workers() {}

  @SuppressWarnings("unchecked")
  static <T> T[] map(int units, int threads, IntFunction<T> work, T[] empty) {
    T[] out = java.util.Arrays.copyOf(empty, units);
    if (threads <= 1 || units <= 1) {
      for (int i = 0; i < units; i++) {
        out[i] = work.apply(i);
      }
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
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdown();
    }
    return out;
  }

  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
