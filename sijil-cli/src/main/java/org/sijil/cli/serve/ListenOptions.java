package org.sijil.cli.serve;

import picocli.CommandLine.Option;

/** {@code --port} and {@code --bind}, shared by the commands that start the server. */
final class ListenOptions {

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for the LAN).")
  String bind;

  @Option(names = "--exit-after-start", hidden = true, description = "Return once serving (tests).")
  boolean exitAfterStart;

  /** The port, checked before any slow work so a bad value fails at once. */
  int checkedPort() {
    ServerRunner.checkPort(port);
    return port;
  }

  /** Whether the command should keep serving until stopped (false only in tests). */
  boolean block() {
    return !exitAfterStart;
  }
}
