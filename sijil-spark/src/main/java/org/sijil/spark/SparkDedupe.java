package org.sijil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
public final class SparkDedupe implements Callable<Integer>, SparkJob {

  @Parameters(
      index = "0",
      paramLabel = "LIST",
      description =
          "The list: CSV (UTF-8, one header line) or Parquet, columns named by field (id, name_ar, name_en, age, dob, sex, source, dod, place).")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Mixin JobOptions options = new JobOptions();

  public static void main(String[] args) {
    JobOptions.main(new SparkDedupe(), args);
  }

  @Override
  public Integer call() throws IOException {
    return SparkJob.run(this, options, "sijil dedupe");
  }

  @Override
  public SparkLinkage.Result link(
      SparkSession spark, SparkLinkage linkage, SparkJob.Settings settings) {
    return linkage.dedupe(
        read(spark, input, options.multiLine),
        settings.spec(),
        settings.fitted(),
        settings.threshold());
  }

  @Override
  public void writeResult(SparkSession spark, SparkLinkage.Result r) {
    write(spark, r, out);
  }

  @Override
  public String summary(SparkLinkage.Result r, double seconds) {
    return String.format(
        Locale.ROOT,
        "%,d records, %,d pairs kept, %,d clusters in %.1f s to %s",
        r.records().size(),
        r.scoredPairs(),
        java.util.Arrays.stream(r.cluster()).distinct().count(),
        seconds,
        out);
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
    writeOne(spark.createDataFrame(rows, schema), out);
  }

  /** A data frame as one CSV file (with a header) in the folder, or Parquet for *.parquet. */
  static void writeOne(Dataset<Row> df, String out) {
    if (out.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      df.coalesce(1).write().mode("overwrite").parquet(out);
    } else {
      df.coalesce(1).write().mode("overwrite").option("header", "true").csv(out);
    }
  }
}
