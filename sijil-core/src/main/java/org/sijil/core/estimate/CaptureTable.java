package org.sijil.core.estimate;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of people by capture pattern: bit i of a pattern is set when the person is on list i
 * (pattern 0, on no list, is what is estimated and is always zero here). With covariates the counts
 * are split by covariate level (the cross of all covariates), {@code counts[level][pattern]}.
 */
public final class CaptureTable {

  public static final int MIN_LISTS = 2;
  public static final int MAX_LISTS = 6;

  private final List<String> lists;
  private final List<String> levels;
  private final double[][] counts;

  private CaptureTable(List<String> lists, List<String> levels, double[][] counts) {
    this.lists = List.copyOf(lists);
    this.levels = List.copyOf(levels);
    this.counts = counts;
  }

  /** A table without covariates; {@code countsByPattern} has 2^k entries, entry 0 ignored. */
  public static CaptureTable of(List<String> lists, long[] countsByPattern) {
    return withLevels(lists, List.of("all"), new long[][] {countsByPattern});
  }

  /** A table split by covariate level: {@code counts[level]} has 2^k entries, entry 0 ignored. */
  public static CaptureTable withLevels(List<String> lists, List<String> levels, long[][] counts) {
    int k = lists.size();
    if (k < MIN_LISTS || k > MAX_LISTS) {
      throw new IllegalArgumentException(
          "multiple-systems estimation needs "
              + MIN_LISTS
              + " to "
              + MAX_LISTS
              + " lists, got "
              + k
              + ": "
              + lists);
    }
    if (levels.isEmpty() || levels.size() != counts.length) {
      throw new IllegalArgumentException(
          levels.size() + " covariate levels for " + counts.length + " count rows");
    }
    double[][] c = new double[counts.length][1 << k];
    for (int l = 0; l < counts.length; l++) {
      if (counts[l].length != 1 << k) {
        throw new IllegalArgumentException(
            "level "
                + levels.get(l)
                + " has "
                + counts[l].length
                + " pattern counts, expected "
                + (1 << k));
      }
      for (int pattern = 1; pattern < 1 << k; pattern++) {
        if (counts[l][pattern] < 0) {
          throw new IllegalArgumentException(
              "negative count " + counts[l][pattern] + " for pattern " + pattern);
        }
        c[l][pattern] = counts[l][pattern];
      }
    }
    return new CaptureTable(lists, levels, c);
  }

  public List<String> lists() {
    return lists;
  }

  public int k() {
    return lists.size();
  }

  public List<String> levels() {
    return levels;
  }

  public int levelCount() {
    return levels.size();
  }

  /** The count for one level and pattern. */
  public double count(int level, int pattern) {
    return counts[level][pattern];
  }

  /** The count of a pattern summed over covariate levels. */
  public double patternCount(int pattern) {
    double s = 0;
    for (double[] row : counts) {
      s += row[pattern];
    }
    return s;
  }

  /** Everyone on at least one list. */
  public double listed() {
    double s = 0;
    for (double[] row : counts) {
      for (int pattern = 1; pattern < row.length; pattern++) {
        s += row[pattern];
      }
    }
    return s;
  }

  /** The number of people on list i. */
  public double listCount(int list) {
    double s = 0;
    for (double[] row : counts) {
      for (int pattern = 1; pattern < row.length; pattern++) {
        if ((pattern & (1 << list)) != 0) {
          s += row[pattern];
        }
      }
    }
    return s;
  }

  /** The observed cells as one vector in design-row order (level-major, patterns 1..2^k−1). */
  double[] observedVector() {
    int cells = (1 << k()) - 1;
    double[] y = new double[counts.length * cells];
    for (int l = 0; l < counts.length; l++) {
      System.arraycopy(counts[l], 1, y, l * cells, cells);
    }
    return y;
  }

  /** A pattern written as list membership bits, list 1 first: pattern 0b011 with k=3 is "110". */
  public static String patternLabel(int pattern, int k) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k; i++) {
      sb.append((pattern & (1 << i)) != 0 ? '1' : '0');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "CaptureTable" + lists + levels + Arrays.deepToString(counts);
  }
}
