package org.sijil.cli.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil eval-names}: the name engine on the same-ID pairs of two real releases. */
@Command(
    name = "eval-names",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate name matching on two releases of the MoH list (DIR/moh/moh-list-01-*.csv and"
          + " moh-list-03-*.csv): how many same-ID pairs normalize equal and share a key, and the"
          + " score distributions of same-person pairs versus relatives (same father, grandfather"
          + " and family).",
      "When DIR/names/tfp-dict-ar-en.csv exists, also compares transliteration with that dictionary."
    })
public final class EvalNamesCommand implements Runnable {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "Shared data directory (default: ${DEFAULT-VALUE}).")
  Path data;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    Path moh = data.resolve("moh");
    if (!Files.isDirectory(moh)) {
      throw new UserError(moh + ": no such directory (give --data DIR holding moh/)");
    }
    Path first = find(moh, "moh-list-01-");
    Path second = find(moh, "moh-list-03-");
    Map<String, Object> result =
        NameEvaluation.run(NameEvaluation.read(first), NameEvaluation.read(second));
    Table table = new Table("metric", "value");
    table.add("first release", first.getFileName().toString());
    table.add("second release", second.getFileName().toString());
    for (Map.Entry<String, Object> e : result.entrySet()) {
      table.add(e.getKey(), e.getValue());
    }
    NameSeparation.run(NameEvaluation.read(first), NameEvaluation.read(second)).forEach(table::add);
    Path dictionary = data.resolve("names").resolve("tfp-dict-ar-en.csv");
    if (Files.isRegularFile(dictionary)) {
      for (Map.Entry<String, Object> e : NameEvaluation.dictionary(dictionary).entrySet()) {
        table.add(e.getKey(), e.getValue());
      }
    }
    Printer.print(table, format.format(), spec.commandLine().getOut());
  }

  private static Path find(Path dir, String prefix) {
    try (var files = Files.list(dir)) {
      List<Path> found =
          files
              .filter(
                  p ->
                      p.getFileName().toString().startsWith(prefix)
                          && p.getFileName().toString().endsWith(".csv"))
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw new UserError(dir + ": no " + prefix + "*.csv file");
      }
      return found.get(0);
    } catch (java.io.IOException e) {
      throw new UserError(dir + ": cannot list: " + e.getMessage());
    }
  }
}
