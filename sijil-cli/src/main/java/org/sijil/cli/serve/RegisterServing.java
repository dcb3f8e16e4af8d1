package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.cli.startup.ArchiveInBackground;
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
    // Once ready, a jar without a start-up archive writes one in the background (issue 14).
    Runnable ready =
        () -> {
          site.awaitLoaded();
          ArchiveInBackground.startIfNeeded(out);
        };
    return ServerRunner.run(site::app, ready, bind, port, wait, out);
  }
}
