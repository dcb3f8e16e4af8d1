package org.sijil.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sijil.core.UserError;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.sijil.spark.SparkDedupe sijil-spark.jar LIST --out DIR}: groups
 * the records of one list into persons on Spark, with the options of {@code sijil dedupe}. Writes
 * row,cluster (row: 1-based data row; cluster: the first row of the record's person) as one CSV
 * file in the folder DIR (Spark's layout), or Parquet when DIR ends in {@code .parquet}.
 */
@Command(
    name = "sijil-spark-dedupe",
    mixinStandardHelpOptions = true,
    description = "Groups the records of one list (CSV or Parquet) into persons, on Spark.")
public final class SparkDedupe implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "LIST",
      description =
          "The list: CSV (UTF-8, one header line) or Parquet, columns named by field (id, name_ar, name_en, age, dob, sex, source, dod, place).")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Model spec (JSON); default: the built-in one.")
  Path spec;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A fitted model (JSON) instead of training.")
  Path model;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Write the fitted model (JSON) here.")
  Path saveModel;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      defaultValue = "0.5",
      description = "Match probability to link at (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--seed", paramLabel = "S", description = "Training seed (default: the spec's).")
  Long seed;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "F",
      description = "Fields never used for matching.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--multi-line",
      description =
          "CSV cells may hold line breaks (quoted): reads the file as one split, more slowly.")
  boolean multiLine;

  public static void main(String[] args) {
    int code =
        new CommandLine(new SparkDedupe()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!(threshold > 0 && threshold < 1)) {
      throw new UserError("--threshold must be between 0 and 1 (exclusive), got " + threshold);
    }
    LinkageSpec s =
        spec == null
            ? DefaultSpecs.casualtyLists()
            : LinkageJson.readSpec(Files.readString(spec), spec.toString());
    if (seed != null) {
      s = s.withTraining(s.training().withSeed(seed));
    }
    if (!exclude.isEmpty()) {
      s = s.without(new java.util.LinkedHashSet<>(exclude));
    }
    LinkageModel fitted =
        model == null ? null : LinkageJson.readModel(Files.readString(model), model.toString());
    SparkSession spark = SparkSession.builder().appName("sijil dedupe").getOrCreate();
    try {
      long t0 = System.nanoTime();
      SparkLinkage.Result r =
          new SparkLinkage(JavaSparkContext.fromSparkContext(spark.sparkContext()))
              .dedupe(read(spark, input, multiLine), s, fitted, threshold);
      if (saveModel != null) {
        Files.writeString(saveModel, LinkageJson.write(r.model()));
      }
      write(spark, r, out);
      System.err.printf(
          Locale.ROOT,
          "%,d records, %,d pairs kept, %,d clusters in %.1f s to %s%n",
          r.records().size(),
          r.scoredPairs(),
          java.util.Arrays.stream(r.cluster()).distinct().count(),
          (System.nanoTime() - t0) / 1e9,
          out);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /**
   * A CSV (UTF-8, one header line, RFC 4180 quoting) or Parquet list as text columns. Without
   * {@code multiLine} a CSV file is read in parallel splits, each line one row.
   */
  static Dataset<Row> read(SparkSession spark, String path, boolean multiLine) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return spark.read().parquet(path);
    }
    return spark
        .read()
        .option("header", "true")
        .option("multiLine", String.valueOf(multiLine))
        .option("escape", "\"")
        .option("inferSchema", "false")
        .csv(path);
  }

  /** row,cluster per record in input order, as {@code sijil dedupe} writes them. */
  static void write(SparkSession spark, SparkLinkage.Result r, String out) {
    List<CasualtyRecord> records = r.records();
    List<Row> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      rows.add(RowFactory.create(records.get(i).row(), records.get(r.cluster()[i]).row()));
    }
    StructType schema =
        new StructType()
            .add("row", DataTypes.LongType, false)
            .add("cluster", DataTypes.LongType, false);
    Dataset<Row> df = spark.createDataFrame(rows, schema).coalesce(1);
    if (out.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      df.write().mode("overwrite").parquet(out);
    } else {
      df.write().mode("overwrite").option("header", "true").csv(out);
    }
  }
}
