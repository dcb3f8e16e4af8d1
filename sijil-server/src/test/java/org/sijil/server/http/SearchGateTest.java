package org.sijil.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The search gate: a bound on searches computing at once, and waiting in arrival order. */
class SearchGateTest {

  @Test
  void neverMoreSearchesComputeAtOnceThanPermits() throws Exception {
    SearchGate gate = new SearchGate(2);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<CompletableFuture<Integer>> all = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        all.add(
            CompletableFuture.supplyAsync(
                () ->
                    gate.run(
                        () -> {
                          most.accumulateAndGet(now.incrementAndGet(), Math::max);
                          pause();
                          now.decrementAndGet();
                          return n;
                        }),
                pool));
      }
      for (int i = 0; i < all.size(); i++) {
        assertEquals(i, all.get(i).get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
  }

  @Test
  void waitingSearchesGoInTheOrderTheyArrived() throws Exception {
    SearchGate gate = new SearchGate(1);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> order = new CopyOnWriteArrayList<>();
    Thread holder =
        new Thread(
            () ->
                gate.run(
                    () -> {
                      entered.countDown();
                      return await(release);
                    }));
    holder.start();
    assertTrue(await(entered));
    List<Thread> waiters = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      Thread t = new Thread(() -> gate.run(() -> order.add(n)));
      t.start();
      // Each waiter queues before the next one starts, so arrival order is known.
      waitUntil(() -> gate.waiting() == n + 1);
      waiters.add(t);
    }
    release.countDown();
    for (Thread t : waiters) {
      t.join(10_000);
    }
    holder.join(10_000);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order);
  }

  @Test
  void wholeMatchesLeaveAPermitToThePageSearches() throws Exception {
    SearchGate gate = new SearchGate(3);
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> holders = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t =
          new Thread(
              () ->
                  gate.runWhole(
                      () -> {
                        entered.countDown();
                        return await(release);
                      }));
      t.start();
      holders.add(t);
    }
    assertTrue(await(entered));
    AtomicInteger thirdRan = new AtomicInteger();
    Thread third = new Thread(() -> gate.runWhole(thirdRan::incrementAndGet));
    third.start();
    // Two whole matches hold two of three permits: a page search still runs at once ...
    assertEquals("page", gate.run(() -> "page"));
    // ... while a third whole match waits for one of the two, not for the free permit.
    Thread.sleep(50);
    assertEquals(0, thirdRan.get(), "a third whole match ran beside two");
    release.countDown();
    third.join(10_000);
    for (Thread t : holders) {
      t.join(10_000);
    }
    assertEquals(1, thirdRan.get());
  }

  @Test
  void aFailingWholeMatchGivesBothPermitsBack() {
    SearchGate gate = new SearchGate(2);
    assertThrows(
        IllegalStateException.class,
        () ->
            gate.runWhole(
                () -> {
                  throw new IllegalStateException("match failed");
                }));
    assertEquals("whole", gate.runWhole(() -> "whole"));
    assertEquals("page", gate.run(() -> "page"));
  }

  @Test
  void aFailingSearchGivesItsPermitBack() {
    SearchGate gate = new SearchGate(1);
    assertThrows(
        IllegalStateException.class,
        () ->
            gate.run(
                () -> {
                  throw new IllegalStateException("search failed");
                }));
    assertEquals("next", gate.run(() -> "next"));
  }

  @Test
  void noPermitsMeansNoGate() throws Exception {
    SearchGate gate = new SearchGate(0);
    CountDownLatch both = new CountDownLatch(2);
    Thread a = new Thread(() -> gate.run(() -> awaitBoth(both)));
    Thread b = new Thread(() -> gate.run(() -> awaitBoth(both)));
    a.start();
    b.start();
    a.join(10_000);
    b.join(10_000);
    assertEquals(0, both.getCount(), "two searches ran at once");
    assertThrows(IllegalArgumentException.class, () -> new SearchGate(-1));
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A search's worth of time, so that the threads overlap. */
  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean awaitBoth(CountDownLatch both) {
    both.countDown();
    return await(both);
  }

  private static void waitUntil(java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(1);
    }
  }
}
