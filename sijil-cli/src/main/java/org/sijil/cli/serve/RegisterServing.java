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
    ServerRunner.checkPort(port);
    // The snapshot is read while the server starts; "serving" is printed once it is ready.
    RegisterSite.Site site = RegisterSite.open(db, config, out);
    return ServerRunner.run(site::app, site::awaitLoaded, bind, port, wait, out);
  }
}
