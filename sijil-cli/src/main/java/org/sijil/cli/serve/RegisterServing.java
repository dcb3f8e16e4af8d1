package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.server.ServerConfig;
import org.sijil.server.store.RegisterSite;

/**
 * Serves a register file (shared by serve and demo): the server's {@link RegisterSite}, started
 * here.
 */
final class RegisterServing {

  private RegisterServing() {}

  static Javalin serve(
      Path db, ServerConfig config, String bind, int port, boolean wait, PrintWriter out) {
    return ServerRunner.run(() -> RegisterSite.create(db, config, out), bind, port, wait, out);
  }
}
