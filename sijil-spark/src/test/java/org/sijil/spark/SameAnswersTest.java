package org.sijil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.ingest.ListRead;
import org.sijil.ingest.ListReader;
import org.sijil.ingest.ReadOptions;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * The Spark engine on local[2] and the in-process engine on 10,000 synthetic records give the same
 * model (each parameter within 1e-6) and the same clusters.
 */
class SameAnswersTest {

  static final int RECORDS = 10_000;

  @TempDir static Path dir;

  static SparkSession spark;
  static Path csv;

  /** The in-process engine's job, model, kept pairs and clusters at threshold 0.5. */
  static List<CasualtyRecord> records;

  static Linker linker;
  static LinkageModel model;
  static ScoredPairs pairs;
  static int[] clusters;

  @BeforeAll
  static void start() throws IOException {
    csv = dir.resolve("synth.csv");
    writeSynth(csv, RECORDS, 1);
    records = readInProcess(csv);
    linker = Linker.dedupe(DefaultSpecs.casualtyLists(), records, 2);
    model = linker.train();
    pairs = linker.score(model, 0.01);
    clusters = linker.cluster(model, pairs, 0.5, Decisions.none());
    spark = LocalSpark.start("sijil-spark-test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkAndInProcessAgree() throws IOException {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    LinkageModel expected = model;
    int[] expectedCluster = clusters;
    SparkLinkage.Result got =
        new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()))
            .dedupe(SparkDedupe.read(spark, csv.toString(), false), spec, null, 0.5);

    assertEquals(records.size(), got.records().size());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(records.get(i), got.records().get(i), "record " + i);
    }
    assertEquals(pairs.size(), got.scoredPairs(), "pairs kept");
    ModelDiff diff = ModelDiff.of(expected, got.model());
    assertTrue(diff.max() <= 1e-6, "largest parameter difference " + diff);
    PairwiseF1 f1 = PairwiseF1.of(expectedCluster, got.cluster());
    assertEquals(1.0, f1.f1(), 0.0, f1.toString());
    assertTrue(java.util.Arrays.equals(expectedCluster, got.cluster()), "identical labels");
    assertTrue(f1.pairsBoth() > 100, "the test links something: " + f1);
  }

  @Test
  void aSavedModelIsUsedAsIs(@TempDir Path out) throws IOException {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    int[] expected = linker.cluster(model, pairs, 0.9, Decisions.none());
    SparkLinkage.Result got =
        new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()))
            .dedupe(SparkDedupe.read(spark, csv.toString(), false), spec, model, 0.9);
    assertEquals(model, got.model());
    assertTrue(java.util.Arrays.equals(expected, got.cluster()));
    SparkDedupe.write(spark, got, out.resolve("clusters").toString());
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(out.resolve("clusters"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    assertEquals("row,cluster", lines.get(0));
    assertEquals(records.size() + 1, lines.size());
    assertEquals("1," + got.records().get(got.cluster()[0]).row(), lines.get(1));
  }

  /** Records as {@code sijil dedupe} reads them (the shared list reader). */
  static List<CasualtyRecord> readInProcess(Path file) {
    List<CasualtyRecord> out = new ArrayList<>();
    try (ListRead in = ListReader.open(file, ReadOptions.defaults())) {
      while (in.hasNext()) {
        var r = in.next();
        if (!r.isRejected()) {
          out.add(r.record());
        }
      }
    }
    return out;
  }

  /** A synthetic list as {@code sijil synth --records n --seed s} writes it. */
  static void writeSynth(Path file, long n, long seed) throws IOException {
    var synth = new SyntheticLists(SynthConfig.of(n, 3, seed)).iterator();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader(SynthRecord.COLUMNS.toArray(String[]::new))
                    .setRecordSeparator('\n')
                    .build())) {
      while (synth.hasNext()) {
        Object[] row = synth.next().toRow();
        for (int i = 0; i < row.length; i++) {
          if (((String) row[i]).isEmpty()) {
            row[i] = null;
          }
        }
        p.printRecord(row);
      }
    }
  }
}
