package org.sijil.cli.variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.NameVariants;
import org.sijil.core.names.VariantMiner;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sijil learn-variants}: learns variant spellings of name words ({@link VariantMiner}) from
 * a dictionary of Arabic name words with Latin spellings and from lists that carry both scripts,
 * and writes the table the comparisons read ({@link NameVariants#RESOURCE} is the shipped one).
 */
@Command(
    name = "learn-variants",
    mixinStandardHelpOptions = true,
    description = {
      "Learn variant spellings of name words from a dictionary (CSV: Arabic word, Latin spelling)"
          + " and from lists whose records carry both an Arabic and a Latin name.",
      "Writes the table (variant<TAB>canonical) that linkage uses to see one name in several"
          + " spellings."
    })
public final class LearnVariantsCommand implements Runnable {

  /** Votes a dictionary entry counts for: enough alone, as the dictionary states the spelling. */
  static final int DICTIONARY_WEIGHT = 2;

  @Option(names = "--dict", paramLabel = "CSV", description = "Dictionary: Arabic word, Latin.")
  List<Path> dictionaries = new ArrayList<>();

  @Option(names = "--list", paramLabel = "FILE", description = "A list with both scripts.")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--min-votes",
      defaultValue = "2",
      description = "Votes a spelling needs (default: ${DEFAULT-VALUE}).")
  int minVotes;

  @Option(
      names = "--credit",
      paramLabel = "TEXT",
      description = "Header line naming the sources (repeatable).")
  List<String> credits = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Table to write.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    VariantMiner miner = new VariantMiner();
    for (Path d : dictionaries) {
      readDictionary(d, miner);
    }
    long fromDictionaries = miner.pairs();
    for (Path l : lists) {
      try (ListRead read = ListReader.read(l)) {
        while (read.hasNext()) {
          ReadRow r = read.next();
          if (r.record() != null) {
            miner.add(r.record().nameAr(), r.record().nameEn());
          }
        }
      }
    }
    NameVariants v = miner.variants(minVotes);
    List<String> lines = new ArrayList<>();
    lines.add("# Variant spellings of name words: reduced variant<TAB>canonical reduced form.");
    lines.add("# Written by 'sijil learn-variants' (VariantMiner); do not edit by hand.");
    for (String c : credits) {
      lines.add("# " + c);
    }
    lines.add(
        "# "
            + fromDictionaries
            + " dictionary pairs, "
            + (miner.pairs() - fromDictionaries)
            + " list records; "
            + v.size()
            + " variants with at least "
            + minVotes
            + " votes.");
    for (Map.Entry<String, String> e : v.asMap().entrySet()) {
      lines.add(e.getKey() + "\t" + e.getValue());
    }
    try {
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%d pairs (%d aligned word by word), %d variants -> %s%n",
            miner.pairs(), miner.aligned(), v.size(), out);
  }

  /** The dictionary's rows whose first field is Arabic (the published file has stray rows). */
  private void readDictionary(Path file, VariantMiner miner) {
    try (CSVParser p =
        CSVParser.parse(
            Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""),
            CSVFormat.DEFAULT)) {
      for (CSVRecord rec : p) {
        if (rec.size() >= 2 && ComparableName.isArabic(rec.get(0))) {
          miner.add(rec.get(0), rec.get(1), DICTIONARY_WEIGHT);
        }
      }
    } catch (IOException e) {
      throw new UserError("cannot read dictionary " + file + ": " + e.getMessage(), e);
    }
  }
}
