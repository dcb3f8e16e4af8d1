package org.sijil.cli.integrity;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.app.integrity.RotateRegisterKey;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.store.Register;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil keys rotate} and {@code sijil keys rotations}: edges of {@link RotateRegisterKey}.
 */
final class KeyRotationCommands {

  private KeyRotationCommands() {}

  /** {@code sijil keys rotate --db REGISTER}. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = {
        "Rotates the register's signing key: a new key (same name) is generated, the rotation is"
            + " logged and signed by the old key, and the new key signs from then on.",
        "The old key files are kept as .retired-<key ID>: publish the rotation chain ('sijil keys"
            + " rotations'), then destroy the retired private key."
      })
  static final class Rotate implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;
    @Mixin FormatOption format;

    @Option(
        names = "--signing-key",
        paramLabel = "FILE",
        description = "The register's private signing key (default: REGISTER.key).")
    Path signingKey;

    @Override
    public Integer call() {
      Path file = db.existing();
      Path key = signingKey != null ? signingKey : RegisterKey.defaultFile(file);
      RotateRegisterKey.Result r;
      try (Register reg = Register.open(file)) {
        r = new RotateRegisterKey(reg).rotate(by.actor(), key);
      }
      Table t = new Table("field", "value");
      t.add("new key", r.newKey());
      t.add("rotation entry", String.valueOf(r.entryIndex()));
      t.add("signed by the old key", r.checkpoint().strip().replace("\n", " | "));
      t.add("retired private key", r.retired().toString());
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil keys rotations --db REGISTER}: prints the rotation chain. */
  @Command(
      name = "rotations",
      mixinStandardHelpOptions = true,
      description =
          "Prints the chain of key rotations (sijil-key-rotations/v1) that 'sijil verify"
              + " --rotations' follows from an older key to the current one.")
  static final class Rotations implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;

    @Override
    public Integer call() {
      try (Register reg = Register.open(db.existing())) {
        spec.commandLine().getOut().print(new RotateRegisterKey(reg).chain());
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
