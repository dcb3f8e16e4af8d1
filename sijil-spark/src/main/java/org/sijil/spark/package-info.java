/**
 * The linkage engine as Apache Spark jobs ({@link org.sijil.spark.SparkDedupe} and {@link
 * org.sijil.spark.SparkLink} are the {@code spark-submit} entry point): the same spec and model
 * JSON, comparators and blocking rules as the in-process engine, cut into tasks by {@link
 * org.sijil.core.linkage.SplitJob}. Spark is a provided dependency: the cluster brings it.
 */
package org.sijil.spark;
