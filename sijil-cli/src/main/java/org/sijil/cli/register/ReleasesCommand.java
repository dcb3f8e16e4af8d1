package org.sijil.cli.register;

import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "releases",
    mixinStandardHelpOptions = true,
    description = {
      "List the sources and their releases with row counts.",
      "The id is the RELEASE_ID in the RELEASE_ID:ROW record references of 'sijil explain' and 'sijil review'."
    })
public final class ReleasesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Table t =
        new Table(
            "id",
            "source",
            "release",
            "as_of",
            "imported_at",
            "file",
            "sha256",
            "read",
            "imported",
            "rejected",
            "warnings",
            "imported_by");
    try (Register reg = Register.open(db.existing())) {
      for (Release r : reg.releases().list()) {
        t.add(
            r.id(),
            r.source(),
            r.label(),
            r.asOf() == null ? "" : r.asOf().toString(),
            r.importedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
            r.fileName(),
            r.sha256().substring(0, 12),
            r.rowsRead(),
            r.rowsImported(),
            r.rowsRejected(),
            r.warnings(),
            r.importedBy() == null ? "" : r.importedBy());
      }
    }
    Printer.print(t, format.format(), spec.commandLine().getOut());
    return 0;
  }
}
