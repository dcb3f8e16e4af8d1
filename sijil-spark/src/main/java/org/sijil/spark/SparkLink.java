package org.sijil.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
 * {@code spark-submit --class org.sijil.spark.SparkLink sijil-spark.jar A B --out DIR}: links the
 * records of two lists that are the same person on Spark, with the options of {@code sijil link A
 * B}. Writes left_row,right_row,probability (rows: 1-based data rows of each list; probability with
 * six decimals) sorted by left then right row, as one CSV file in the folder DIR (Spark's layout),
 * or Parquet when DIR ends in {@code .parquet}.
 */
@Command(
    name = "sijil-spark-link",
    mixinStandardHelpOptions = true,
    description =
        "Links the records of two lists (CSV or Parquet) that are the same person, on Spark.")
public final class SparkLink implements Callable<Integer>, SparkJob {

  @Parameters(
      arity = "2",
      paramLabel = "LIST",
      description =
          "The two lists: CSV (UTF-8, one header line) or Parquet, columns named by field (id, name_ar, name_en, age, dob, sex, source, dod, place).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(
      names = "--one-to-one",
      description =
          "Each record in at most one link (for two lists that are each free of duplicates).")
  boolean oneToOne;

  @Mixin JobOptions options = new JobOptions();

  public static void main(String[] args) {
    JobOptions.main(new SparkLink(), args);
  }

  @Override
  public Integer call() throws IOException {
    return SparkJob.run(this, options, "sijil link");
  }

  @Override
  public SparkLinkage.Result link(
      SparkSession spark, SparkLinkage linkage, SparkJob.Settings settings) {
    return linkage.link(
        SparkDedupe.read(spark, inputs.get(0), options.multiLine),
        SparkDedupe.read(spark, inputs.get(1), options.multiLine),
        settings.spec(),
        settings.fitted(),
        settings.threshold(),
        oneToOne);
  }

  @Override
  public void writeResult(SparkSession spark, SparkLinkage.Result r) {
    write(spark, r, out);
  }

  @Override
  public String summary(SparkLinkage.Result r, double seconds) {
    return String.format(
        Locale.ROOT,
        "%,d + %,d records, %,d pairs kept, %,d links in %.1f s to %s",
        r.leftSize(),
        r.records().size() - r.leftSize(),
        r.scoredPairs(),
        r.links().size(),
        seconds,
        out);
  }

  /** left_row,right_row,probability per link, as {@code sijil link} writes them. */
  static void write(SparkSession spark, SparkLinkage.Result r, String out) {
    List<CasualtyRecord> records = r.records();
    List<Row> rows = new ArrayList<>(r.links().size());
    for (SparkLinkage.Link l : r.links()) {
      rows.add(
          RowFactory.create(
              records.get(l.left()).row(),
              records.get(l.right()).row(),
              String.format(Locale.ROOT, "%.6f", l.probability())));
    }
    StructType schema =
        new StructType()
            .add("left_row", DataTypes.LongType, false)
            .add("right_row", DataTypes.LongType, false)
            .add("probability", DataTypes.StringType, false);
    SparkDedupe.writeOne(spark.createDataFrame(rows, schema), out);
  }
}
