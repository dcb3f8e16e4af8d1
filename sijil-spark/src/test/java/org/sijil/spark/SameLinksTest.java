package org.sijil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
import org.sijil.core.record.CasualtyRecord;

/**
 * {@code link} on Spark (local[2]) and in-process, on two of the three lists of 10,000 synthetic
 * records: the same model (each parameter within 1e-6), the same kept pairs, clusters and links,
 * with and without one-to-one.
 */
class SameLinksTest {

  @TempDir static Path dir;

  static SparkSession spark;
  static Path leftCsv;
  static Path rightCsv;

  /** The in-process job on the two lists, as {@code sijil link A B} runs it at threshold 0.5. */
  static Linker linker;

  static LinkageModel model;
  static ScoredPairs pairs;
  static int[] clusters;

  @BeforeAll
  static void start() throws IOException {
    Path all = dir.resolve("synth.csv");
    SameAnswersTest.writeSynth(all, SameAnswersTest.RECORDS, 1);
    leftCsv = dir.resolve("left.csv");
    rightCsv = dir.resolve("right.csv");
    splitByList(all, leftCsv, rightCsv);
    List<CasualtyRecord> left = SameAnswersTest.readInProcess(leftCsv);
    List<CasualtyRecord> right = SameAnswersTest.readInProcess(rightCsv);
    linker = Linker.link(DefaultSpecs.casualtyLists(), left, right, 2);
    model = linker.train();
    pairs = linker.score(model, 0.01);
    clusters = linker.cluster(model, pairs, 0.5, Decisions.none());
    spark = LocalSpark.start("sijil-spark-link-test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkAndInProcessLinkTheSamePairs() {
    SparkLinkage.Result got = sparkLink(null, false);

    assertEquals(linker.table().size(), got.records().size());
    assertEquals(linker.table().leftSize(), got.leftSize());
    assertEquals(pairs.size(), got.scoredPairs(), "pairs kept");
    ModelDiff diff = ModelDiff.of(model, got.model());
    assertTrue(diff.max() <= 1e-6, "largest parameter difference " + diff);
    assertTrue(java.util.Arrays.equals(clusters, got.cluster()), "identical clusters");
    // sijil link without --one-to-one: pairs at or above the threshold within one cluster.
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.probability(i) >= 0.5 && clusters[pairs.left(i)] == clusters[pairs.right(i)]) {
        expected.add(line(pairs.left(i), pairs.right(i), pairs.probability(i)));
      }
    }
    assertTrue(expected.size() > 100, "the test links something: " + expected.size());
    assertEquals(sorted(expected), lines(got));
  }

  @Test
  void oneToOneWithASavedModel(@TempDir Path out) throws IOException {
    SparkLinkage.Result got = sparkLink(model, true);
    assertEquals(model, got.model());
    List<String> expected = new ArrayList<>();
    for (int i : linker.oneToOne(pairs, 0.5, Decisions.none())) {
      expected.add(line(pairs.left(i), pairs.right(i), pairs.probability(i)));
    }
    assertTrue(expected.size() > 100, "the test links something: " + expected.size());
    assertEquals(sorted(expected), lines(got));

    SparkLink.write(spark, got, out.resolve("links").toString());
    List<String> written = new ArrayList<>();
    try (var files = Files.list(out.resolve("links"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        written.addAll(Files.readAllLines(p));
      }
    }
    assertEquals("left_row,right_row,probability", written.get(0));
    assertEquals(expected.size() + 1, written.size());
    int n = got.leftSize();
    SparkLinkage.Link first = got.links().get(0);
    assertEquals(
        got.records().get(first.left()).row()
            + ","
            + got.records().get(first.right()).row()
            + ","
            + String.format(Locale.ROOT, "%.6f", first.probability()),
        written.get(1));
    assertTrue(first.left() < n && first.right() >= n, "left record, then right record");
  }

  private static SparkLinkage.Result sparkLink(LinkageModel given, boolean oneToOne) {
    return new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()))
        .link(
            SparkDedupe.read(spark, leftCsv.toString(), false),
            SparkDedupe.read(spark, rightCsv.toString(), false),
            DefaultSpecs.casualtyLists(),
            given,
            0.5,
            oneToOne);
  }

  private static String line(int left, int right, double probability) {
    return left + "," + right + "," + String.format(Locale.ROOT, "%.6f", probability);
  }

  private static List<String> lines(SparkLinkage.Result r) {
    List<String> out = new ArrayList<>();
    for (SparkLinkage.Link l : r.links()) {
      out.add(line(l.left(), l.right(), l.probability()));
    }
    return out;
  }

  /** Links as lines, sorted by left then right record, as {@code sijil link} sorts them. */
  private static List<String> sorted(List<String> links) {
    List<int[]> keys = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      String s = links.get(i);
      int comma = s.indexOf(',');
      int right = Integer.parseInt(s.substring(comma + 1, s.indexOf(',', comma + 1)));
      keys.add(new int[] {Integer.parseInt(s.substring(0, comma)), right, i});
    }
    keys.sort(Comparator.<int[]>comparingInt(k -> k[0]).thenComparingInt(k -> k[1]));
    return keys.stream().map(k -> links.get(k[2])).toList();
  }

  /** The rows of the first two lists (column {@code list}) of a synth file, each in its file. */
  private static void splitByList(Path all, Path left, Path right) throws IOException {
    CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader r = Files.newBufferedReader(all, StandardCharsets.UTF_8);
        var parser = in.parse(r)) {
      List<String> header = parser.getHeaderNames();
      List<CSVRecord> rows = parser.getRecords();
      String first = rows.get(0).get("list");
      String second =
          rows.stream().map(x -> x.get("list")).filter(l -> !l.equals(first)).findFirst().get();
      write(left, header, rows, first);
      write(right, header, rows, second);
    }
  }

  private static void write(Path file, List<String> header, List<CSVRecord> rows, String list)
      throws IOException {
    CSVFormat out =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(header.toArray(String[]::new))
            .setRecordSeparator('\n')
            .build();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, out)) {
      for (CSVRecord row : rows) {
        if (row.get("list").equals(list)) {
          List<String> cells = new ArrayList<>();
          for (String v : row.values()) {
            cells.add(v.isEmpty() ? null : v);
          }
          p.printRecord(cells);
        }
      }
    }
  }
}
