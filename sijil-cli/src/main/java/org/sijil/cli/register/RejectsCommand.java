package org.sijil.cli.register;

import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.record.RowReject;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "rejects",
    mixinStandardHelpOptions = true,
    description =
        "List the rows of a release that could not be records: file, row (1-based, after title"
            + " and header lines), reason and the cells verbatim.")
public final class RejectsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;
  @Mixin ReleaseOption source;

  @Parameters(index = "0", paramLabel = "RELEASE", description = "The release label.")
  String label;

  @Override
  public Integer call() {
    Table t = new Table("file", "row", "reason", "cells");
    Release r;
    try (Register reg = Register.open(db.existing())) {
      r = reg.releases().resolve(source.source(), label);
      for (RowReject j : reg.records().rejects(r.id())) {
        t.add(r.fileName(), j.row(), j.reason(), String.join(" | ", j.cells()));
      }
    }
    if (t.rows().isEmpty() && format.format() == OutputFormat.TABLE) {
      // A header with no rows reads as a broken command; say what it means instead.
      spec.commandLine()
          .getOut()
          .printf(
              "No rows of %s release %s were rejected (%,d records imported from %s).%n",
              r.source(), r.label(), r.rowsImported(), r.fileName());
      spec.commandLine().getOut().flush();
      return 0;
    }
    Printer.print(t, format.format(), spec.commandLine().getOut());
    return 0;
  }
}
