package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.core.UserError;

/** {@code sijil link --db}: links the register's releases into persons. */
final class RegisterLinking {

  private final Path db;

  RegisterLinking(Path db, JobOptions job, PrintWriter err, PrintWriter out) {
    this.db = db;
  }

  static org.sijil.core.linkage.Explanation explain(Path db, String a, String b) {
    throw new UserError("explaining register records needs the register, not available in this build yet");
  }

  int run() {
    throw new UserError("linking the register " + db + " is not available in this build yet; link two files instead");
  }
}
