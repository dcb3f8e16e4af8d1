package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * A busy port is said at once in one clear line, before the register is read (issue 16: it was
 * found only after 17 s of work, with Javalin's own error line first).
 */
class BusyPortTest {

  @TempDir Path dir;

  @Test
  void aBusyPortFailsBeforeAnyWork() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      // The register does not even exist: the port is checked first.
      Cli.Run r =
          Cli.run(
              "serve",
              "--db",
              dir.resolve("none.db").toString(),
              "--port",
              Integer.toString(port),
              "--bind",
              "127.0.0.1");
      assertEquals(org.sijil.cli.SijilMain.EXIT_USER_ERROR, r.code(), r.err());
      assertTrue(r.err().contains("127.0.0.1:" + port), r.err());
      assertTrue(r.err().contains("already in use"), r.err());
      assertFalse(r.err().contains("no register"), "the port is said first: " + r.err());
      assertFalse(r.err().toLowerCase().contains("javalin"), r.err());
    }
  }
}
