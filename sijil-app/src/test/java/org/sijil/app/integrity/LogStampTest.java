package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.Register;

/** The log stamp: the log's size and the start of its root, empty while the log is. */
class LogStampTest {

  @TempDir Path dir;

  @Test
  void theStampIsTheLogsSizeAndRootAndFollowsTheLog() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      assertTrue(LogStamp.of(reg).isEmpty(), "an empty log gives no stamp");
      reg.transaction(
          () ->
              new RegisterLog(reg)
                  .append(
                      new LogEntry.ReviewDecision(
                          RegisterLog.now(), "tester", "1:1", "1:2", "unsure", ""),
                      "pair:1:1/1:2"));
      String one = LogStamp.of(reg).orElseThrow();
      byte[] root = TransparencyLog.open(reg.integrity().hashes()).root();
      assertEquals("1-" + java.util.HexFormat.of().formatHex(root).substring(0, 12), one);
      reg.transaction(
          () ->
              new RegisterLog(reg)
                  .append(
                      new LogEntry.ReviewDecision(
                          RegisterLog.now(), "tester", "1:1", "1:2", "match", ""),
                      "pair:1:1/1:2"));
      assertTrue(LogStamp.of(reg).orElseThrow().startsWith("2-"), "a new entry, a new stamp");
    }
    assertThrows(IllegalArgumentException.class, () -> LogStamp.format(0, new byte[32]));
  }
}
