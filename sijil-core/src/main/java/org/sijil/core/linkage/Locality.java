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
    return byName(spec, records, leftSize, 1);
  }

  /** As above, sorting on up to {@code threads} threads (the same order). */
  static int[] byName(LinkageSpec spec, List<CasualtyRecord> records, int leftSize, int threads) {
    String field = nameField(spec);
    String[] key = field == null ? null : RecordTable.texts(field, records);
    if (key != null) {
      java.util.stream.IntStream.range(0, key.length)
          .parallel()
          .forEach(i -> key[i] = key[i] == null || key[i].isBlank() ? null : key[i].strip());
    }
    int[] out = new int[records.size()];
    sortSide(key, 0, leftSize, out, threads);
    sortSide(key, leftSize, records.size(), out, threads);
    return out;
  }

  /**
   * Sorts positions [from, to) by key, ties by index, absent keys last. Each distinct key gets its
   * rank in {@link String#compareTo} order, and the records are sorted as packed (rank, index)
   * longs: the strings are compared only among the distinct keys, never per record pair, and no
   * boxed index is sorted.
   */
  private static void sortSide(String[] key, int from, int to, int[] out, int threads) {
    if (key == null) {
      for (int i = from; i < to; i++) {
        out[i] = i;
      }
      return;
    }
    int[] rank = ranks(Arrays.copyOfRange(key, from, to), threads);
    long[] packed = new long[to - from];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = ((long) rank[i] << Integer.SIZE) | (from + i);
    }
    Workers.sort(packed, threads);
    for (int i = 0; i < packed.length; i++) {
      out[from + i] = (int) packed[i];
    }
  }

  /**
   * Each key's rank among the distinct keys in {@link String#compareTo} order, equal keys equal
   * ranks; null keys rank after all others.
   */
  static int[] ranks(String[] keys) {
    return ranks(keys, 1);
  }

  /** As above, the distinct keys sorted on up to {@code threads} threads. */
  static int[] ranks(String[] keys, int threads) {
    Interner.Interned ids = Interner.all(keys);
    Ranked[] distinct = new Ranked[ids.distinct()];
    for (int i = 0; i < keys.length; i++) {
      int id = ids.ids()[i];
      if (id >= 0 && distinct[id] == null) {
        distinct[id] = new Ranked(keys[i], id);
      }
    }
    Workers.sort(distinct, java.util.Comparator.comparing(Ranked::value), threads);
    // Distinct values: a value's place in the sorted array is its rank.
    int[] rankOfId = new int[distinct.length];
    for (int k = 0; k < distinct.length; k++) {
      rankOfId[distinct[k].id()] = k;
    }
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int id = ids.ids()[i];
      out[i] = id < 0 ? distinct.length : rankOfId[id];
    }
    return out;
  }

  /** A distinct key and its id in the interner. */
  private record Ranked(String value, int id) {}

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
