package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register held by another process: callers wait a bounded time, then get a typed RegisterBusy.
 */
class RegisterLockTest {

  @TempDir Path dir;

  /** Holds the register at args[0] open until its standard input closes. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Register r = Register.open(Path.of(args[0]))) {
        System.out.println("holding");
        System.out.flush();
        while (System.in.read() >= 0) {
          // wait for the parent to close our input
        }
      }
    }
  }

  /** Starts a process holding {@code db}; returns once it holds the lock. */
  static Process hold(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Holder.class.getName(),
                db.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("holding", out.readLine());
    return p;
  }

  static void release(Process p) throws Exception {
    p.getOutputStream().close();
    p.waitFor();
  }

  @Test
  void openWaitsForALockHeldElsewhereThenGivesUpTyped() throws Exception {
    Path db = dir.resolve("r.db");
    Register.open(db).close();
    Process holder = hold(db);
    try {
      long start = System.nanoTime();
      RegisterBusy busy =
          assertThrows(RegisterBusy.class, () -> Register.open(db, Duration.ofMillis(300)));
      assertTrue(System.nanoTime() - start >= 300_000_000L, "waited the bounded time");
      assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
      assertThrows(RegisterBusy.class, () -> Register.open(db, Duration.ZERO));
    } finally {
      release(holder);
    }
    Register.open(db, Duration.ofSeconds(5)).close();
  }

  @Test
  void aLockReleasedWithinTheWaitIsTaken() throws Exception {
    Path db = dir.resolve("r2.db");
    Register.open(db).close();
    Process holder = hold(db);
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
                release(holder);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    releaser.start();
    try (Register r = Register.open(db, Duration.ofSeconds(30))) {
      assertTrue(r.schemaVersions().size() > 0);
    }
    releaser.join();
  }
}
