package org.sijil.cli.linkage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.text.FormulaCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil dedupe}: find the records of one list that are the same person. */
@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the records of one list into persons.",
      "Writes row,cluster (row: 1-based data row after the header; cluster: the first row of the"
          + " record's person), then each --carry field under its own name."
    })
public final class DedupeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The list (CSV).")
  Path file;

  @Mixin JobOptions job;

  @Option(
      names = "--carry",
      split = ",",
      paramLabel = "F",
      description = "Fields copied into the output, never used for matching.")
  List<String> carry = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output CSV.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = commandSpec.commandLine().getErr();
    job.validate();
    List<CasualtyRecord> records = ListFile.read(file, job.readOptions(), err);
    for (String f : carry) {
      Fields.require(records, f, file.toString());
    }
    FileJob run = FileJob.run(job, job.spec(Set.copyOf(carry)), records, null, err);
    long t0 = System.nanoTime();
    int[] cluster = run.clusters(job.threshold);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build())) {
      List<String> header = new ArrayList<>(List.of("row", "cluster"));
      header.addAll(carry);
      csv.printRecord(header);
      for (int i = 0; i < records.size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add(ListFile.row(records, i));
        row.add(ListFile.row(records, cluster[i]));
        CasualtyRecord r = carry.isEmpty() ? null : records.get(i);
        for (String f : carry) {
          row.add(FormulaCells.neutraliseValue(Fields.value(r, f)));
        }
        csv.printRecord(row);
      }
    }
    long persons = java.util.Arrays.stream(cluster).distinct().count();
    err.printf(
        "%,d records in %,d clusters (clustered and written in %.1f s) to %s%n",
        records.size(), persons, FileJob.seconds(t0), out);
    return 0;
  }
}
