package org.sijil.spark;

import org.apache.spark.sql.SparkSession;

/** The small local Spark session of the tests: two cores, four partitions, no web UI. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate();
  }
}
