package org.sijil.cli.serve;

import org.sijil.core.UserError;
import org.sijil.server.ServerConfig;
import picocli.CommandLine.Option;

/**
 * {@code --port}, {@code --bind}, {@code --behind-proxy}, the request limit and the searches
 * computed at once, shared by the commands that start the server.
 */
final class ListenOptions {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for the LAN).")
  String bind;

  @Option(
      names = "--behind-proxy",
      description =
          "Served through a reverse proxy (TLS ended there): trust its"
              + " X-Forwarded-Proto/-Host/-For for HTTPS (HSTS, Secure cookies), the site's origin and client addresses."
              + " Only with a proxy that sets them; never when clients reach this port directly.")
  boolean behindProxy;

  @Option(
      names = "--max-request-mb",
      defaultValue = "64",
      paramLabel = "MB",
      description =
          "Largest request body (list uploads) accepted, in MiB (default ${DEFAULT-VALUE}).")
  long maxRequestMb;

  @Option(
      names = "--search-permits",
      paramLabel = "N",
      description =
          "Searches computed at once (the API's, the search page's, and the matching of"
              + " downloads by filter and the memorial); the others wait in arrival order"
              + " (default: processors + 1; 0: no limit).")
  Integer searchPermits;

  @Option(names = "--exit-after-start", hidden = true, description = "Return once serving (tests).")
  boolean exitAfterStart;

  /**
   * The port, checked before any slow work so a bad value or a port already in use fails at once.
   */
  int checkedPort() {
    ServerRunner.checkFree(bind, port);
    return port;
  }

  /** The server configuration these options ask for. */
  ServerConfig config() {
    if (maxRequestMb < 1 || maxRequestMb > 4096) {
      throw new UserError("--max-request-mb must be between 1 and 4096, not " + maxRequestMb);
    }
    if (searchPermits != null && (searchPermits < 0 || searchPermits > 1024)) {
      throw new UserError("--search-permits must be between 0 and 1024, not " + searchPermits);
    }
    ServerConfig config =
        ServerConfig.defaults()
            .withBehindProxy(behindProxy)
            .withMaxRequestBytes(maxRequestMb * 1024 * 1024);
    return searchPermits == null ? config : config.withSearchPermits(searchPermits);
  }

  /** Whether the command should keep serving until stopped (false only in tests). */
  boolean block() {
    return !exitAfterStart;
  }
}
