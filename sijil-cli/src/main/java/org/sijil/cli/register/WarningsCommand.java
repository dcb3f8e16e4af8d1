package org.sijil.cli.register;

import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.record.RowWarning;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "warnings",
    mixinStandardHelpOptions = true,
    description =
        "List the warnings of a release: values kept raw because they could not be parsed.")
public final class WarningsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;
  @Mixin ReleaseOption source;

  @Parameters(index = "0", paramLabel = "RELEASE", description = "The release label.")
  String label;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Only warnings of this kind (e.g. unparsed_age).")
  String kind;

  @Override
  public Integer call() {
    Table t = new Table("file", "row", "field", "kind", "value", "message");
    try (Register reg = Register.open(db.existing())) {
      Release r = reg.releases().resolve(source.source(), label);
      for (RowWarning w : reg.records().warnings(r.id())) {
        if (kind == null || kind.equals(w.kind())) {
          t.add(r.fileName(), w.row(), w.field(), w.kind(), w.value(), w.message());
        }
      }
    }
    Printer.print(t, format.format(), spec.commandLine().getOut());
    return 0;
  }
}
