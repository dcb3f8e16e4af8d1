package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.http.ClientGone;
import org.sijil.server.service.InMemoryRegister;

/**
 * A client that closes its connection before its answer is written is logged as such, in one line
 * without a stack, and not as an internal error.
 */
class ClientGoneTest {

  @Test
  void jettysEndOfFileIsAClientGoneWhereverItIsWrapped() {
    assertTrue(ClientGone.causedBy(new EofException("reset")));
    assertTrue(ClientGone.causedBy(new UncheckedIOException(new EofException("broken pipe"))));
    assertTrue(
        ClientGone.causedBy(
            new IllegalStateException(new UncheckedIOException(new EofException("reset")))));
    assertFalse(ClientGone.causedBy(new UncheckedIOException(new IOException("disk full"))));
    assertFalse(ClientGone.causedBy(new IllegalStateException("a bug")));
  }

  @Test
  void aClientGoneBeforeItsAnswerIsOneLineAndNoError() throws Exception {
    HeldRegister.Pair pair =
        HeldRegister.over(new InMemoryRegister(SyntheticRegister.generate(300, 7)));
    Javalin app =
        SijilServer.create(pair.register(), new InMemoryUserStore(), ServerConfig.defaults())
            .start("127.0.0.1", 0);
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    // The server logs through slf4j-simple, which writes to whatever System.err is at the time.
    System.setErr(new PrintStream(new Both(stderr, log), true, StandardCharsets.UTF_8));
    try {
      pair.control().holdNext();
      try (Socket socket = new Socket("127.0.0.1", app.port())) {
        // 100 hits: an answer well over Jetty's buffer, written from the handler itself.
        socket
            .getOutputStream()
            .write(
                "GET /api/persons?sex=f&limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        assertTrue(pair.control().entered.await(10, TimeUnit.SECONDS));
        socket.setSoLinger(true, 0); // closed with a reset: the server's write fails at once
      }
      pair.control().release.countDown();
      waitForLine(log, "closed the connection");
    } finally {
      System.setErr(stderr);
      app.stop();
    }
    String written = log.toString(StandardCharsets.UTF_8);
    assertEquals(
        1, written.lines().filter(l -> l.contains("closed the connection")).count(), written);
    assertTrue(
        written.contains(ClientGone.line("GET", "/api/persons")),
        "the line names the request: " + written);
    assertTrue(written.contains("INFO"), written);
    assertFalse(written.contains("internal error"), written);
    assertFalse(written.contains("EofException"), "no stack: " + written);
    assertFalse(written.contains("\tat "), "no stack: " + written);
  }

  private static void waitForLine(ByteArrayOutputStream log, String text)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!log.toString(StandardCharsets.UTF_8).contains(text)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("no line with '" + text + "' in: " + log);
      }
      Thread.sleep(10);
    }
    Thread.sleep(200); // anything the server logs after it (a stack) is in the log too
  }

  /** Writes to the real standard error and keeps a copy. */
  private static final class Both extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Both(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      synchronized (second) {
        second.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      synchronized (second) {
        second.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      first.flush();
    }
  }
}
