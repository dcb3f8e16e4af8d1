package org.sijil.cli.linkage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.text.FormulaCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil link}: link two list files, or every release in the register into persons. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links records that are the same person.",
      "  sijil link A B --out FILE   links two list files; writes left_row,right_row,probability"
          + " (rows are 1-based data rows after the header), then left_<F>,right_<F> per --carry field.",
      "  sijil link --db PATH        links every imported release in the register into persons;"
          + " a new release is linked against existing persons without rescoring the rest.",
      "Candidate pairs per blocking rule are printed before scoring; a rule over --max-pairs stops the run."
    })
public final class LinkCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "The two lists to link (CSV).")
  List<Path> files = new ArrayList<>();

  @Mixin JobOptions job;

  @Mixin DbOption db;

  @Mixin org.sijil.cli.ByOption by;

  @Option(
      names = "--carry",
      split = ",",
      paramLabel = "F",
      description = "Fields copied into the output as left_<F>,right_<F>, never used for matching.")
  List<String> carry = new ArrayList<>();

  @Option(
      names = "--one-to-one",
      description =
          "Each record in at most one link (for two lists that are each free of duplicates).")
  boolean oneToOne;

  @Option(
      names = "--list-copies",
      description =
          "With --one-to-one: a list's own copies of a linked record (rows the comparisons cannot"
              + " tell apart, e.g. one person listed twice in a release) share its link.")
  boolean listCopies;

  @Option(names = "--out", paramLabel = "FILE", description = "Output CSV (files mode).")
  Path out;

  @Option(
      names = "--review-band",
      split = ",",
      paramLabel = "LOW,HIGH",
      defaultValue = "0.2,0.8",
      description =
          "Register mode: pairs with probability in [LOW, HIGH) are queued for review (default: 0.2,0.8).")
  List<Double> reviewBand;

  @Option(
      names = "--retrain",
      description =
          "Register mode: train a new model and relink everything (person ids are kept where the"
              + " records agree).")
  boolean retrain;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = commandSpec.commandLine().getErr();
    job.validate();
    if (files.isEmpty()) {
      if (reviewBand.size() != 2 || !(reviewBand.get(0) < reviewBand.get(1))) {
        throw new UserError("--review-band needs LOW,HIGH with LOW < HIGH, got " + reviewBand);
      }
      return new RegisterLinking(
              db.path(),
              job,
              err,
              commandSpec.commandLine().getOut(),
              reviewBand.get(0),
              reviewBand.get(1),
              retrain)
          .run(by.actor());
    }
    if (files.size() != 2) {
      throw new UserError("link needs two files (or none, with --db)");
    }
    if (out == null) {
      throw new UserError("--out FILE is required when linking two files");
    }
    List<CasualtyRecord> left = ListFile.read(files.get(0), job.readOptions(), err);
    List<CasualtyRecord> right = ListFile.read(files.get(1), job.readOptions(), err);
    for (String f : carry) {
      Fields.require(left, f, files.get(0).toString());
      Fields.require(right, f, files.get(1).toString());
    }
    FileJob run = FileJob.run(job, job.spec(Set.copyOf(carry)), left, right, err);
    List<int[]> links = links(run, job.threshold, oneToOne, listCopies);
    int n = left.size();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build())) {
      List<String> header = new ArrayList<>(List.of("left_row", "right_row", "probability"));
      for (String f : carry) {
        header.add("left_" + f);
        header.add("right_" + f);
      }
      csv.printRecord(header);
      for (int[] l : links) {
        CasualtyRecord a = left.get(l[0]);
        CasualtyRecord b = right.get(l[1] - n);
        List<Object> row = new ArrayList<>();
        row.add(a.row());
        row.add(b.row());
        row.add(String.format(java.util.Locale.ROOT, "%.6f", run.pairs.probability(l[2])));
        for (String f : carry) {
          row.add(FormulaCells.neutraliseValue(Fields.value(a, f)));
          row.add(FormulaCells.neutraliseValue(Fields.value(b, f)));
        }
        csv.printRecord(row);
      }
    }
    err.printf("%,d links written to %s%n", links.size(), out);
    return 0;
  }

  /** Links as {left index, right index, pair index}, sorted by left then right record. */
  static List<int[]> links(FileJob run, double threshold, boolean oneToOne, boolean listCopies) {
    ScoredPairs pairs = run.pairs;
    List<int[]> links = new ArrayList<>();
    if (oneToOne) {
      org.sijil.core.linkage.Decisions none = org.sijil.core.linkage.Decisions.none();
      int[] chosen =
          listCopies
              ? org.sijil.core.linkage.ListCopies.oneToOne(
                  run.linker, run.model, pairs, threshold, none)
              : run.linker.oneToOne(pairs, threshold, none);
      for (int idx : chosen) {
        links.add(new int[] {pairs.left(idx), pairs.right(idx), idx});
      }
    } else {
      int[] cluster = run.clusters(threshold);
      for (int i = 0; i < pairs.size(); i++) {
        if (pairs.probability(i) >= threshold
            && cluster[pairs.left(i)] == cluster[pairs.right(i)]) {
          links.add(new int[] {pairs.left(i), pairs.right(i), i});
        }
      }
    }
    links.sort(Comparator.<int[]>comparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
    return links;
  }
}
