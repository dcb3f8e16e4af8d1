package org.sijil.cli.synth;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.cli.Progress;
import org.sijil.core.UserError;
import org.sijil.synth.DamageRates;
import org.sijil.synth.ListSpec;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil synth}: writes realistic synthetic casualty lists with their ground truth. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Write realistic synthetic casualty lists with ground truth, for tests, demos and benchmarks.",
      "Names are drawn from counts of single name elements (never a real person's full name); persons"
          + " come in households sharing father's, grandfather's and family names; each person is on one or"
          + " more lists, written with each list's habits and the damage seen in real releases.",
      "Columns: id,name_ar,name_en,age,dob,sex,source,dod,place,list,true_person.",
      "IDs are synthetic: they start with 3 and fail the ID checksum, so none can be a real ID."
    })
public final class SynthCommand implements Callable<Integer> {

  enum DamageLevel {
    realistic,
    none
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--records",
      required = true,
      description = "Number of records (rows over all lists).")
  long records;

  @Option(
      names = "--lists",
      defaultValue = "3",
      description =
          "Number of lists (default: ${DEFAULT-VALUE}): "
              + "hospital, family-report, obituaries, civil-defence, media, then list6...")
  int lists;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}); same seed, same file.")
  long seed;

  @Option(
      names = "--damage",
      defaultValue = "realistic",
      description = "Damage: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DamageLevel damage;

  @Option(
      names = "--out",
      required = true,
      description =
          "CSV file to write (all lists, with a 'list' column); with --split, the stem of the per-list files.")
  Path out;

  @Option(
      names = "--split",
      description =
          "Write each list to its own file instead: FILE-<list>.csv (e.g. out-hospital.csv for --out out.csv).")
  boolean split;

  @Override
  public Integer call() throws IOException {
    if (records < 1) {
      throw new UserError("--records must be at least 1, got " + records);
    }
    if (lists < 1 || lists > 100) {
      throw new UserError("--lists must be between 1 and 100, got " + lists);
    }
    SynthConfig config =
        SynthConfig.of(records, lists, seed)
            .withDamage(damage == DamageLevel.none ? DamageRates.none() : DamageRates.realistic());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError("cannot write " + out + ": folder " + parent + " does not exist");
    }
    long start = System.nanoTime();
    SyntheticLists.Generator generator = new SyntheticLists(config).iterator();
    Map<String, Long> perList = write(generator, config);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "wrote %,d synthetic records%s in %.1f s%n", records, split ? "" : " to " + out, seconds);
    perList.forEach(
        (list, n) ->
            o.printf("  %-14s %,10d%s%n", list, n, split ? "  -> " + splitFile(out, list) : ""));
    o.printf(
        "%,d persons behind them, including those on no list (the true total to estimate)%n",
        generator.personsGenerated());
    return 0;
  }

  private Map<String, Long> write(SyntheticLists.Generator synth, SynthConfig config)
      throws IOException {
    Map<String, CSVPrinter> splitPrinters = new LinkedHashMap<>();
    Map<String, Long> perList = new LinkedHashMap<>();
    for (ListSpec l : config.lists()) {
      perList.put(l.name(), 0L);
    }
    try (Progress progress = new Progress("synth", records)) {
      CSVPrinter all = split ? null : printer(out);
      try {
        if (split) {
          for (ListSpec l : config.lists()) {
            splitPrinters.put(l.name(), printer(splitFile(out, l.name())));
          }
        }
        long done = 0;
        while (synth.hasNext()) {
          SynthRecord r = synth.next();
          Object[] row = r.toRow();
          for (int i = 0; i < row.length; i++) {
            if (((String) row[i]).isEmpty()) {
              row[i] = null; // an empty field, written bare (Commons CSV quotes a leading "")
            }
          }
          (split ? splitPrinters.get(r.list()) : all).printRecord(row);
          perList.merge(r.list(), 1L, Long::sum);
          progress.update(++done);
        }
      } finally {
        if (all != null) {
          all.close();
        }
        for (CSVPrinter p : splitPrinters.values()) {
          p.close();
        }
      }
    }
    return perList;
  }

  static Path splitFile(Path combined, String list) {
    String name = combined.getFileName().toString();
    String stem =
        name.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? name.substring(0, name.length() - 4)
            : name;
    return combined.resolveSibling(stem + "-" + list + ".csv");
  }

  private static CSVPrinter printer(Path file) throws IOException {
    Writer w;
    try {
      w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage());
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(SynthRecord.COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .build();
    return new CSVPrinter(w, format);
  }
}
