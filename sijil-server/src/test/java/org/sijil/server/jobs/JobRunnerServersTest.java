package org.sijil.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sijil.store.StoredJob;

/**
 * Two servers on one register (one job store): starting the second never fails the first's running
 * job, however long it runs; a job whose server stopped beating is failed by the other.
 */
class JobRunnerServersTest {

  private static final Duration BEAT = Duration.ofMillis(100);
  private static final Duration STALE = Duration.ofSeconds(3);

  @Test
  void aSecondServerLeavesTheFirstsRunningJobAndFailsAStoppedOnes() throws Exception {
    InMemoryJobs register = new InMemoryJobs();
    Clock clock = Clock.systemUTC();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    JobRunner a = new JobRunner(register, clock, BEAT, STALE);
    String id =
        a.submit(
            "link",
            "the register",
            "amal",
            progress -> {
              started.countDown();
              try {
                release.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "linked";
            });
    started.await(30, TimeUnit.SECONDS);
    JobRunner b = new JobRunner(register, clock, BEAT, STALE);
    try {
      assertNotEquals(a.serverId(), b.serverId());
      Thread.sleep(STALE.plusSeconds(1).toMillis());
      assertEquals(
          StoredJob.RUNNING,
          register.find(id).orElseThrow().state(),
          "server b started and beat for longer than the stale time: a's job still runs");

      a.stop();
      StoredJob failed = awaitFinished(register, id);
      assertEquals(StoredJob.FAILED, failed.state(), "a stopped beating: b fails its job");
      assertEquals(JobRunner.ABANDONED, failed.error());
    } finally {
      release.countDown();
      b.stop();
    }
  }

  @Test
  void aJobLeftByAServerThatStoppedLongAgoFailsWhenAServerStarts() {
    InMemoryJobs register = new InMemoryJobs();
    Instant longAgo = Instant.now().minus(Duration.ofHours(1));
    register.create(
        new StoredJob(
            "j1",
            "import",
            "h / r1",
            StoredJob.RUNNING,
            null,
            0,
            0,
            null,
            null,
            "amal",
            longAgo,
            null));
    JobRunner runner = new JobRunner(register, Clock.systemUTC(), BEAT, STALE);
    runner.stop();
    assertEquals(StoredJob.FAILED, register.find("j1").orElseThrow().state());
  }

  private static StoredJob awaitFinished(InMemoryJobs register, String id)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      StoredJob j = register.find(id).orElseThrow();
      if (j.finished()) {
        return j;
      }
      Thread.sleep(50);
    }
    return register.find(id).orElseThrow();
  }
}
