package org.sijil.cli.sources;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.sijil.app.sources.NameSource;
import org.sijil.cli.ByOption;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.store.Register;
import org.sijil.store.SourceNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sijil sources}: list the sources, or set a source's display names. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "The register's sources (lists) and their display names in English and Arabic, which pages"
          + " show instead of the source code."
    },
    subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Name.class})
public final class SourcesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: list or name");
  }

  /** {@code sijil sources list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Lists every source of the register with its English and Arabic names and who set them."
      })
  static final class ListSources implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin FormatOption format;

    @Override
    public Integer call() {
      Table t = new Table("source", "english", "arabic", "named_by", "named_at");
      try (Register reg = Register.open(db.existing())) {
        for (NameSource.Listed s : NameSource.list(reg)) {
          SourceNames.Named n = s.names();
          t.add(
              s.source(),
              n == null || n.english() == null ? "" : n.english(),
              n == null || n.arabic() == null ? "" : n.arabic(),
              n == null ? "" : n.by(),
              n == null ? "" : n.at().toString());
        }
      }
      Printer.print(t, format.format(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code sijil sources name SOURCE --en NAME --ar NAME}. */
  @Command(
      name = "name",
      mixinStandardHelpOptions = true,
      description = {
        "Sets the English and Arabic display names of SOURCE (replacing earlier ones); the change"
            + " is kept with who made it and logged. A name left out is none in that language."
      })
  static final class Name implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin ByOption by;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source code, as imported.")
    String source;

    @Option(names = "--en", paramLabel = "NAME", description = "The English name.")
    String english;

    @Option(names = "--ar", paramLabel = "NAME", description = "The Arabic name.")
    String arabic;

    @Override
    public Integer call() {
      Optional<String> change;
      try (Register reg = Register.open(db.existing())) {
        change = new NameSource(reg).name(source, english, arabic, by.actor());
      }
      spec.commandLine()
          .getOut()
          .println(
              change
                  .map(c -> "Source " + source.strip() + " " + c + ".")
                  .orElse(
                      "Source " + source.strip() + " already has these names; nothing changed."));
      return 0;
    }
  }
}
