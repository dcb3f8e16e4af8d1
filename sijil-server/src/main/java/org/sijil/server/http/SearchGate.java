package org.sijil.server.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most a few searches compute at once and makes the others wait in arrival order (issue 14
 * items 3 and 4). A search here is any use of the search index: a page of hits (the API, the search
 * page) and every match of a filter (downloads by filter, the memorial), which share the cores.
 *
 * <p>Why: a search is pure CPU (about 1–10 ms at a million persons). When 32 requests compute at
 * once on 2 cores, the cores are shared among all of them, so a heavy page that would take 10 ms
 * alone takes up to 16 times that, and that is where the tail of the latency comes from. With as
 * many permits as cores the requests queue in order instead: each computes at full speed once its
 * turn comes. Only the computation is gated: a caller reads the request before and writes the
 * answer after, so no permit is held while a slow client is being written to.
 *
 * <p>The semaphore is fair (first come, first served). Zero permits means no gate at all.
 */
public final class SearchGate {

  private final Semaphore permits;
  private final Semaphore wholeMatches;

  /**
   * @param permits how many searches may compute at once; 0 for no limit
   */
  public SearchGate(int permits) {
    if (permits < 0) {
      throw new IllegalArgumentException("permits must be 0 (no gate) or more, got " + permits);
    }
    this.permits = permits == 0 ? null : new Semaphore(permits, true);
    // Whole-register matches (downloads, the memorial) take up to 0.75 s of CPU at 1M persons: one
    // permit is always left to the page searches, so such matches never hold them all.
    this.wholeMatches = permits == 0 ? null : new Semaphore(Math.max(1, permits - 1), true);
  }

  /**
   * Runs {@code search} when a permit is free (waiting in arrival order), and gives the permit back
   * when it returns or throws.
   *
   * @throws HttpError.Unavailable when the waiting thread is interrupted (the server is stopping)
   */
  public <T> T run(Supplier<T> search) {
    if (permits == null) {
      return search.get();
    }
    acquire(permits);
    try {
      return search.get();
    } finally {
      permits.release();
    }
  }

  /**
   * Runs a match over every person of a filter (a download, the memorial) as {@link #run}, but
   * never more such matches at once than one fewer than the permits (at least one), so that a
   * permit is left for the page searches. The two permits are always taken in this order, so no two
   * callers wait for each other's.
   *
   * @throws HttpError.Unavailable when the waiting thread is interrupted (the server is stopping)
   */
  public <T> T runWhole(Supplier<T> match) {
    if (wholeMatches == null) {
      return match.get();
    }
    acquire(wholeMatches);
    try {
      return run(match);
    } finally {
      wholeMatches.release();
    }
  }

  /** Searches waiting for a permit now (an estimate, for tests and monitoring). */
  public int waiting() {
    return permits == null ? 0 : permits.getQueueLength();
  }

  /** Waits for a permit; a thread interrupted while waiting (the server stopping) gets a 503. */
  private static void acquire(Semaphore gate) {
    try {
      gate.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError.Unavailable("the server is stopping", 1);
    }
  }
}
