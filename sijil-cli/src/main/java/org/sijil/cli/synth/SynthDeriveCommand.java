package org.sijil.cli.synth;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.synth.NameStatisticsDeriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Developer tool: regenerates the name-frequency tables bundled for {@code sijil synth} from the
 * Ministry of Health lists ({@code ../shared/data/moh}). Only single name elements counted at least
 * {@code --min-count} times are written, never a full name.
 */
@Command(
    name = "synth-derive",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Developer tool: derive the name-frequency tables used by 'sijil synth' from the Ministry of"
          + " Health lists (every *.csv in --moh, columns id,name,en_name,age,sex)."
    })
public final class SynthDeriveCommand implements Callable<Integer> {

  static final Path DEFAULT_OUT = Path.of("sijil-synth/src/main/resources/org/sijil/synth");

  @Spec CommandSpec spec;

  @Option(
      names = "--moh",
      defaultValue = "../shared/data/moh",
      description = "Folder of MoH list CSVs (default: ${DEFAULT-VALUE}).")
  Path moh;

  @Option(
      names = "--out",
      description =
          "Folder to write the tables to (default: "
              + "sijil-synth/src/main/resources/org/sijil/synth).")
  Path out = DEFAULT_OUT;

  @Option(
      names = "--min-count",
      defaultValue = "" + NameStatisticsDeriver.DEFAULT_MIN_COUNT,
      description = "Drop name elements seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(moh)) {
      throw new UserError("no such folder of MoH lists: " + moh);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(moh)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new UserError("no .csv files in " + moh);
    }
    NameStatisticsDeriver deriver = new NameStatisticsDeriver(minCount);
    for (Path file : files) {
      int rows = read(file, deriver);
      spec.commandLine().getOut().printf("%s: %,d rows%n", file.getFileName(), rows);
    }
    deriver.writeTo(out);
    spec.commandLine()
        .getOut()
        .printf("counted %,d distinct people; tables written to %s%n", deriver.rowsUsed(), out);
    return 0;
  }

  static int read(Path file, NameStatisticsDeriver deriver) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(r)) {
      for (String column : List.of("id", "name", "en_name", "age", "sex")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new UserError(file + ": missing column '" + column + "'");
        }
      }
      int rows = 0;
      for (CSVRecord rec : parser) {
        deriver.add(
            rec.get("id"), rec.get("name"), rec.get("en_name"), rec.get("sex"), rec.get("age"));
        rows++;
      }
      return rows;
    }
  }
}
