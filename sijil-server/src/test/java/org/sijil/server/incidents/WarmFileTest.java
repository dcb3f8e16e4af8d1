package org.sijil.server.incidents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.ContentionTest;
import org.sijil.store.Register;

/** The served DuckDB file is kept open between close requests and let go when they stop. */
class WarmFileTest {

  @TempDir Path dir;

  @Test
  void theFileIsHeldWhileUsedThenLetGoForAnotherProcess() throws Exception {
    Path db = dir.resolve("r.db");
    Register.open(db).close();
    try (WarmFile warm = new WarmFile(db, Duration.ofMillis(200))) {
      warm.touch();
      assertTrue(warm.holding());
      try (Register reg = Register.open(db, Duration.ZERO)) {
        assertTrue(reg.releases().list().isEmpty(), "this process's open shares the held file");
      }
      warm.touch();
      // Another process (a command's import) waits for the file and gets it once we stop using it.
      Process other = ContentionTest.hold(db);
      try {
        assertFalse(warm.holding(), "let go after the linger");
        warm.touch();
        assertFalse(warm.holding(), "a touch while another process has the file holds nothing");
      } finally {
        other.getOutputStream().close();
        other.waitFor();
      }
      warm.touch();
      assertTrue(warm.holding(), "held again once the other process is done");
    }
  }

  @Test
  void pagesComingCloseTogetherDoNotKeepAWaitingCommandOut() throws Exception {
    Path db = dir.resolve("r.db");
    Register.open(db).close();
    try (WarmFile warm = new WarmFile(db, Duration.ofSeconds(1))) {
      java.util.concurrent.atomic.AtomicBoolean pages =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread reader =
          new Thread(
              () -> {
                while (pages.get()) {
                  warm.touch(); // a page every 50 ms: never a second without one
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      reader.start();
      try {
        Thread.sleep(200);
        assertTrue(warm.holding());
        Process other = ContentionTest.hold(db); // returns once it has the file (it waits 10 s)
        other.getOutputStream().close();
        other.waitFor();
        assertFalse(
            java.nio.file.Files.exists(db.resolveSibling("r.db.waiting")),
            "the command cleared its mark");
      } finally {
        pages.set(false);
        reader.join();
      }
    }
  }

  @Test
  void aMissingFileIsNotCreated() throws Exception {
    Path db = dir.resolve("none.db");
    try (WarmFile warm = new WarmFile(db, Duration.ofMillis(50))) {
      warm.touch();
      assertFalse(warm.holding());
      assertFalse(java.nio.file.Files.exists(db));
    }
  }
}
