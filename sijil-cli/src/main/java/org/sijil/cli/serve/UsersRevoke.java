package org.sijil.cli.serve;

import java.util.concurrent.Callable;
import org.sijil.app.users.ManageUsers;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil users revoke NAME}: ends the user's sessions and refuses their sign-in. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Revokes a user: ends their sessions on every server using this register at once, and"
          + " refuses their sign-in until 'sijil users add' sets a new password.",
      "Recorded in the integrity log with who did it (--by)."
    })
public final class UsersRevoke implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DbOption db;

  @Mixin ByOption by;

  @Parameters(index = "0", paramLabel = "NAME", description = "The user to revoke.")
  String name;

  @Override
  public Integer call() {
    int ended;
    try (Register reg = Register.open(db.existing())) {
      ended = new ManageUsers(reg).revoke(name, by.actor());
    }
    spec.commandLine()
        .getOut()
        .println(
            "User '"
                + name
                + "' can no longer sign in; "
                + ended
                + (ended == 1 ? " session" : " sessions")
                + " ended.");
    return 0;
  }
}
