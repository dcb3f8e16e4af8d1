package org.sijil.cli.intake;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.intake.ContactKey;
import org.sijil.app.intake.OpenContact;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil intake contact SUBMISSION --key FILE --by ADMIN}: opens one sealed contact. */
@Command(
    name = "contact",
    mixinStandardHelpOptions = true,
    description = {
      "Opens the sealed contact of one submission with the contact private key, for an admin of the"
          + " register (--by names the admin; field reporters, viewers and analysts are refused).",
      "Every contact opened is logged in the integrity log with who and which submission, never the"
          + " contact. The contact is printed on standard output only."
    })
public final class IntakeContactCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ByOption by;

  @Parameters(index = "0", paramLabel = "SUBMISSION", description = "The submission's ID (s-…).")
  String submission;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "The contact private key (REGISTER.contact.key, kept off the server).")
  Path key;

  @Override
  public Integer call() {
    java.security.PrivateKey privateKey = ContactKey.readPrivate(key);
    try (Register reg = Register.open(db.existing())) {
      String contact = new OpenContact(reg).open(submission, privateKey, by.actor());
      spec.commandLine().getOut().println(contact);
    }
    return 0;
  }
}
