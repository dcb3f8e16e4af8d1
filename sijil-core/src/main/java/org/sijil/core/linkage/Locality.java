package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.List;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * The order in which a job stores its records. Candidate pairs share most of a name, so records
 * sorted by name sit next to their candidates: scoring a block then reads a few cache lines instead
 * of one line per record per feature scattered over the whole table, which on a million records is
 * what bounded the speed of scoring. Indices in this order are internal to a {@link Linker}; it
 * maps them back at its boundary.
 */
final class Locality {

  private Locality() {}

  /**
   * The internal order of a job's records: each side ({@code 0..leftSize-1}, then the rest) sorted
   * by the text of the spec's first name field (records without it last), ties in input order, so a
   * link job keeps its left records first. Returns the input index of each position.
   */
  static int[] byName(LinkageSpec spec, List<CasualtyRecord> records, int leftSize) {
    String field = nameField(spec);
    String[] key = field == null ? null : RecordTable.texts(field, records);
    if (key != null) {
      java.util.stream.IntStream.range(0, key.length)
          .parallel()
          .forEach(i -> key[i] = key[i] == null || key[i].isBlank() ? null : key[i].strip());
    }
    int[] out = new int[records.size()];
    sortSide(key, 0, leftSize, out);
    sortSide(key, leftSize, records.size(), out);
    return out;
  }

  private static void sortSide(String[] key, int from, int to, int[] out) {
    Integer[] idx = new Integer[to - from];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    if (key != null) {
      long[] prefix = prefixes(key);
      Arrays.parallelSort(
          idx,
          (x, y) -> {
            String kx = key[x];
            String ky = key[y];
            if (kx == null || ky == null) {
              return kx == ky ? Integer.compare(x, y) : kx == null ? 1 : -1;
            }
            // Most comparisons are decided by the first letters, read from one array instead of
            // from two strings scattered over the heap.
            int c = Long.compareUnsigned(prefix[x], prefix[y]);
            if (c == 0) {
              c = kx.compareTo(ky);
            }
            return c != 0 ? c : Integer.compare(x, y);
          });
    }
    for (int i = 0; i < idx.length; i++) {
      out[from + i] = idx[i];
    }
  }

  /**
   * The first four chars of each key packed into a long (missing chars as 0), so that comparing two
   * prefixes unsigned orders as {@link String#compareTo} does on those chars; equal prefixes leave
   * the order to the whole strings.
   */
  static long[] prefixes(String[] key) {
    long[] out = new long[key.length];
    java.util.stream.IntStream.range(0, key.length)
        .parallel()
        .forEach(
            i -> {
              String k = key[i];
              long p = 0;
              for (int c = 0; c < PREFIX_CHARS; c++) {
                p = (p << Character.SIZE) | (k != null && c < k.length() ? k.charAt(c) : 0);
              }
              out[i] = p;
            });
    return out;
  }

  /** Chars of a key packed into one long. */
  private static final int PREFIX_CHARS = Long.SIZE / Character.SIZE;

  private static String nameField(LinkageSpec spec) {
    for (ComparisonSpec c : spec.comparisons()) {
      if (c.fieldType() == ComparisonSpec.FieldType.ARABIC_NAME
          || c.fieldType() == ComparisonSpec.FieldType.LATIN_NAME) {
        return BlockingRuleSpec.fieldOf(c.field());
      }
    }
    return null;
  }

  /** The inverse permutation: for each input index, its position. */
  static int[] inverse(int[] order) {
    int[] inv = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      inv[order[i]] = i;
    }
    return inv;
  }
}
