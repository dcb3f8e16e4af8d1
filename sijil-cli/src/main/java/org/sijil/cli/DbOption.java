package org.sijil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command that reads or writes the register. */
public final class DbOption {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "sijil.db",
      description = "The register file (default: ${DEFAULT-VALUE}).")
  Path db;

  public Path path() {
    return db;
  }
}
