package org.sijil.app.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.StopSignal;
import org.sijil.app.imports.ImportRelease;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;

/**
 * A read of the published snapshot asked to stop (a server stopping while it reads its register
 * again) ends at its next check, within {@link StopSignal#ROWS} records, and leaves the register
 * usable. Artificial names.
 */
class PublishSnapshotStopTest {

  /** More rows than one stretch between checks, so the read checks while it reads records. */
  private static final int ROWS = StopSignal.ROWS + 904;

  @TempDir Path dir;

  @Test
  void aReadAskedToStopEndsWithinOneStretchOfRowsAndTheRegisterStaysUsable() throws Exception {
    try (Register reg = register()) {
      PublishSnapshot publish = new PublishSnapshot(reg);
      assertEquals(ROWS, publish.read(StopSignal.NEVER).records().size());

      AtomicInteger checks = new AtomicInteger();
      // Asked to stop at its second check: the one after the first stretch of records.
      StopSignal second = () -> checks.incrementAndGet() >= 2;
      assertThrows(StopSignal.Stopped.class, () -> publish.read(second));
      assertEquals(2, checks.get(), "the read went on after it was asked to stop");

      // Every check of the read, in turn: the read stops there and nothing is returned.
      int all = countChecks(publish);
      for (int n = 1; n <= all; n++) {
        AtomicInteger seen = new AtomicInteger();
        int at = n;
        StopSignal nth = () -> seen.incrementAndGet() >= at;
        assertThrows(StopSignal.Stopped.class, () -> publish.read(nth), "check " + n);
        assertEquals(n, seen.get(), "check " + n);
      }
      assertEquals(ROWS, publish.read().records().size(), "the register reads as before");
    }
  }

  private static int countChecks(PublishSnapshot publish) {
    AtomicInteger checks = new AtomicInteger();
    publish.read(
        () -> {
          checks.incrementAndGet();
          return false;
        });
    return checks.get();
  }

  private Register register() throws Exception {
    StringBuilder csv = new StringBuilder("id,name,age\n");
    for (int i = 1; i <= ROWS; i++) {
      csv.append("T-").append(i).append(",اسم تجريبي ").append(i).append(',').append(20 + i % 50);
      csv.append('\n');
    }
    Path file = dir.resolve("list.csv");
    Files.writeString(file, csv);
    Register reg = Register.open(dir.resolve("r.db"));
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(file, "test-list", "r1", null, ReadOptions.defaults(), false),
            new Actor("tester"),
            ProgressListener.NONE);
    return reg;
  }
}
