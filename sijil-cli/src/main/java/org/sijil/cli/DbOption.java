package org.sijil.cli;

import java.nio.file.Path;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command that reads or writes the register. */
public final class DbOption {

  /** The register when no {@code --db} is given. */
  public static final String DEFAULT = "sijil.db";

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = DEFAULT,
      description =
          "The register: a DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL"
              + " postgresql://user@host:5432/name (password from PGPASSWORD or ~/.pgpass, never here).")
  Path db;

  public Path path() {
    return db;
  }

  /**
   * The register file for a command that only reads it: a missing file is a user error (opening it
   * would silently create an empty register, and the next {@code sijil serve} would publish
   * nothing).
   */
  public Path existing() {
    if (!Register.exists(db)) {
      throw new UserError(
          "no register at "
              + db
              + ": import a list first ('sijil import --help'), or give --db PATH");
    }
    return db;
  }
}
