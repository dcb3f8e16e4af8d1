package org.sijil.cli.integrity;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.integrity.PublishSignedSnapshot;
import org.sijil.app.integrity.RegisterKey;
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

/** {@code sijil publish}: the edge of {@link PublishSignedSnapshot#publish}. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description =
        "Freezes the register's public view (every linked person's record) under a Merkle root, logs it"
            + " and signs a checkpoint with the register key; older snapshots stay addressable.")
public final class PublishCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ByOption by;
  @Mixin FormatOption format;

  @Option(
      names = "--signing-key",
      paramLabel = "FILE",
      description =
          "The register's private signing key (default: REGISTER.key, created on first use).")
  Path signingKey;

  @Override
  public Integer call() {
    Path file = db.existing();
    Path key = signingKey != null ? signingKey : RegisterKey.defaultFile(file);
    PublishSignedSnapshot.Result r;
    try (Register reg = Register.open(file)) {
      r = new PublishSignedSnapshot(reg).publish(by.actor(), RegisterKey.loadOrCreate(key, file));
    }
    Table t = new Table("field", "value");
    t.add("snapshot", String.valueOf(r.snapshotId()));
    t.add("log entry", String.valueOf(r.entryIndex()));
    t.add("persons", String.valueOf(r.persons()));
    t.add("persons root", r.personsRoot());
    t.add("checkpoint", r.checkpoint().strip().replace("\n", " | "));
    Printer.print(t, format.format(), spec.commandLine().getOut());
    return 0;
  }
}
