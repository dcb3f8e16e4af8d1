package org.sijil.cli.estimate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.estimate.MembershipTable;

/**
 * Membership from the register's linked persons. The register's person tables are being built;
 * until they are connected here this reports a clear error instead of guessing.
 */
final class RegisterMembershipSource implements MembershipSource {

  private final Path db;

  RegisterMembershipSource(Path db) {
    this.db = db;
  }

  @Override
  public MembershipTable load(List<String> lists, List<String> variables, List<String> numeric) {
    if (!Files.exists(db)) {
      throw new UserError("register " + db + " does not exist; import lists and link them first, or give a FILE");
    }
    throw new UserError("register " + db + " has no linked persons to estimate from yet"
        + " (register mode needs linkage); give a person-level FILE with --lists columns instead");
  }
}
