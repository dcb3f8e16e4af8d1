package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.sijil.core.UserError;
import org.sijil.server.ServerConfig;
import org.sijil.server.SijilServer;
import org.sijil.server.auth.UserStore;
import org.sijil.server.service.RegisterService;

/** Starts the server, says where, and runs until the process is stopped (Ctrl-C). */
final class ServerRunner {

  private ServerRunner() {}

  /**
   * @param wait false in tests: return right after start, with the app still running
   * @return the running app
   */
  static Javalin run(
      RegisterService register,
      UserStore users,
      ServerConfig config,
      String bind,
      int port,
      boolean wait,
      PrintWriter out) {
    return run(() -> SijilServer.create(register, users, config), () -> {}, bind, port, wait, out);
  }

  /**
   * Starts the app the factory makes, then waits for {@code ready} (the register still being read)
   * before saying where it serves; if {@code ready} fails, the app is stopped and the error thrown.
   */
  static Javalin run(
      java.util.function.Supplier<Javalin> factory,
      Runnable ready,
      String bind,
      int port,
      boolean wait,
      PrintWriter out) {
    checkPort(port);
    Javalin app = factory.get();
    try {
      app.start(bind, port);
    } catch (RuntimeException e) {
      ready.run(); // a register that cannot be read says so before a busy port does
      throw new UserError(
          "cannot listen on "
              + bind
              + ":"
              + port
              + " ("
              + rootMessage(e)
              + "): choose another --port or --bind");
    }
    try {
      ready.run();
    } catch (RuntimeException | Error e) {
      app.stop();
      throw e;
    }
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.println(
        "Sijil is serving on http://"
            + host
            + ":"
            + app.port()
            + "/  (API: /api/openapi.json; stop with Ctrl-C)");
    out.flush();
    if (wait) {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    app.stop();
                    stopped.countDown();
                  }));
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        app.stop();
      }
    }
    return app;
  }

  /** Fails fast on a port no socket can have, before minutes are spent reading a register. */
  static void checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535, not " + port);
    }
  }

  /**
   * Fails fast, with one clear line, when {@code bind:port} cannot be listened on (another server
   * holds it, or the address is not this machine's): checked before the register is read, so a busy
   * port is not found only after all that work. Port 0 (any free port) is always free.
   */
  static void checkFree(String bind, int port) {
    checkPort(port);
    if (port == 0) {
      return;
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new java.net.InetSocketAddress(bind, port));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new UserError(
          "cannot listen on "
              + bind
              + ":"
              + port
              + " ("
              + (e instanceof java.net.BindException
                  ? "the port is already in use"
                  : e.getMessage())
              + "): stop the other server or choose another --port or --bind");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
