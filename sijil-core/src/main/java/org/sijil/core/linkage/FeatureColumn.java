package org.sijil.core.linkage;

import org.sijil.core.linkage.spec.LevelSpec.TestKind;

/**
 * The pre-computed comparison features of one field for every record of a {@link RecordTable}, in
 * primitive arrays indexed by record. Immutable after construction, so any number of threads may
 * compare with it.
 */
abstract class FeatureColumn {

  /** A blocking key part that is absent. */
  static final long MISSING = Long.MIN_VALUE;

  final String field;

  /**
   * Records of one group are never compared on this column (their pair is null), set once by a
   * constructor; null: every pair of present values is compared. Group 0 means no group: such
   * records are expected to be null themselves.
   */
  byte[] group;

  FeatureColumn(String field) {
    this.field = field;
  }

  abstract boolean isNull(int r);

  /**
   * Reads what comparing record r reads first, and returns something of it (so the reads are not
   * optimized away). Comparing random pairs waits on memory, a miss per record and array; reading
   * the first cache lines of a batch of pairs in a loop whose reads do not depend on each other
   * lets the processor wait for many of them at once ({@link UEstimator}). Pure: no effect on any
   * result.
   */
  int touch(int r) {
    return isNull(r) ? 1 : 0;
  }

  /** Whether a pair of present values is left uncompared, its records being of one group. */
  final boolean sameGroup(int a, int b) {
    byte[] g = group;
    return g != null && g[a] == g[b];
  }

  abstract boolean exact(int a, int b);

  /** Whether levels of this kind can be evaluated on this column. */
  abstract boolean supports(TestKind kind);

  double similarity(int a, int b, Scratch s) {
    throw new UnsupportedOperationException(field + ": no similarity");
  }

  /**
   * The similarity when it is at least {@code floor}; below it, any value below {@code floor}. The
   * levels only ask whether a similarity reaches their thresholds, so a column may stop as soon as
   * the answer to the lowest one is known to be no.
   */
  double similarity(int a, int b, Scratch s, double floor) {
    return similarity(a, b, s);
  }

  double difference(int a, int b) {
    throw new UnsupportedOperationException(field + ": no difference");
  }

  boolean special(TestKind kind, int a, int b) {
    throw new UnsupportedOperationException(field + ": no test " + kind);
  }

  /** Relative frequency of record r's value among non-null values (term-frequency adjustment). */
  double termFrequency(int r) {
    return Double.NaN;
  }

  /** The blocking key of {@code part} (null = the whole field) for record r, or MISSING. */
  abstract long key(String part, int r);

  /**
   * {@link #key} of one part for any record, the part resolved once: a blocking rule reads the keys
   * of every record.
   */
  java.util.function.IntToLongFunction keys(String part) {
    return r -> key(part, r);
  }

  /** Parts this column offers to blocking rules besides the whole field. */
  abstract java.util.Set<String> parts();

  /** The value as shown in explanations. */
  abstract String display(int r);

  /**
   * Shows each record's text as {@code source} gives it (read again from the records when an
   * explanation asks) instead of the texts the column was built from, which it then no longer
   * holds; columns that keep no text per record ignore it.
   */
  void showFrom(java.util.function.IntFunction<String> source) {}
}
