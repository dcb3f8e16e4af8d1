package org.sijil.core.linkage;

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
    return ordered(spec, records, leftSize, threads).external();
  }

  /**
   * The order and the texts it was sorted by.
   *
   * @param external the input index of each position (see {@link #byName})
   * @param field the name field ordered by, null when the spec has none
   * @param texts each position's text of that field as read (not stripped), null without a field
   */
  record Order(int[] external, String field, String[] texts) {}

  /**
   * The order of {@link #byName} with the name texts it read, put in that order: the features read
   * the same texts again otherwise, decoding a million names a second time.
   */
  static Order ordered(LinkageSpec spec, List<CasualtyRecord> records, int leftSize, int threads) {
    String field = nameField(spec);
    String[] texts = field == null ? null : RecordTable.texts(field, records);
    String[] key = texts == null ? null : new String[texts.length];
    if (key != null) {
      java.util.stream.IntStream.range(0, key.length)
          .parallel()
          .forEach(i -> key[i] = texts[i] == null || texts[i].isBlank() ? null : texts[i].strip());
    }
    int[] out = new int[records.size()];
    sortSide(key, 0, leftSize, out, threads);
    sortSide(key, leftSize, records.size(), out, threads);
    String[] inOrder = texts == null ? null : new String[texts.length];
    if (inOrder != null) {
      java.util.stream.IntStream.range(0, out.length)
          .parallel()
          .forEach(i -> inOrder[i] = texts[out[i]]);
    }
    return new Order(out, field, inOrder);
  }

  /**
   * Sorts positions [from, to) by key, ties by index, absent keys last: the positions with a key
   * sorted by it, stably, then the others in order. Comparing strings among records whose names are
   * mostly distinct costs about what comparing the distinct names alone did, and leaves no serial
   * stretch (interning every record's name on one thread) and no second sort.
   */
  private static void sortSide(String[] key, int from, int to, int[] out, int threads) {
    if (key == null) {
      for (int i = from; i < to; i++) {
        out[i] = i;
      }
      return;
    }
    int at = from;
    for (Keyed k : sorted(key, from, to, threads)) {
      out[at++] = k.index();
    }
    for (int i = from; i < to; i++) {
      if (key[i] == null) {
        out[at++] = i;
      }
    }
  }

  /**
   * Each key's rank among the distinct keys in {@link String#compareTo} order, equal keys equal
   * ranks; null keys rank after all others.
   */
  static int[] ranks(String[] keys) {
    return ranks(keys, 1);
  }

  /** As above, the keys sorted on up to {@code threads} threads. */
  static int[] ranks(String[] keys, int threads) {
    int[] out = new int[keys.length];
    int rank = -1;
    String previous = null;
    for (Keyed k : sorted(keys, 0, keys.length, threads)) {
      if (rank < 0 || !k.value().equals(previous)) {
        rank++;
        previous = k.value();
      }
      out[k.index()] = rank;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        out[i] = rank + 1;
      }
    }
    return out;
  }

  /** The positions in [from, to) with a key, sorted by key, equal keys in position order. */
  private static Keyed[] sorted(String[] key, int from, int to, int threads) {
    int present = 0;
    for (int i = from; i < to; i++) {
      present += key[i] == null ? 0 : 1;
    }
    Prefixes prefixes = Prefixes.of(key, from, to);
    Keyed[] keyed = new Keyed[present];
    int at = 0;
    for (int i = from; i < to; i++) {
      if (key[i] != null) {
        String k = key[i];
        keyed[at++] = new Keyed(prefixes.of(k, 0), prefixes.of(k, prefixes.chars()), k, i);
      }
    }
    // A stable sort of positions in order: equal keys stay in position order.
    Workers.sort(keyed, BY_VALUE, threads);
    return keyed;
  }

  /**
   * A record's key, its first chars packed in two longs that order as they do, and its position.
   * Comparing longs in the record itself is most of a million names' comparisons; the strings (two
   * more objects each, far apart in memory) are read only where twenty chars or so tie.
   */
  private record Keyed(long first, long second, String value, int index) {}

  /** Packed prefixes equal: the chars decide. */
  private static final java.util.Comparator<Keyed> BY_VALUE =
      (a, b) -> {
        if (a.first() != b.first()) {
          return Long.compare(a.first(), b.first());
        }
        return a.second() != b.second()
            ? Long.compare(a.second(), b.second())
            : a.value().compareTo(b.value());
      };

  /**
   * Chars of a key packed high to low, each as its rank among the chars the keys use (1 and up; 0
   * past the key's end), in as few bits as those ranks need: 63 bits hold ten chars of a 40-letter
   * alphabet. Ranks keep the chars' order and a shorter key is a smaller number, so two keys whose
   * packed chars differ compare as the strings do; equal ones leave it to the strings.
   */
  private record Prefixes(int[] rank, int bits, int chars) {

    static Prefixes of(String[] key, int from, int to) {
      boolean[] used = new boolean[Character.MAX_VALUE + 1];
      for (int i = from; i < to; i++) {
        String k = key[i];
        for (int c = 0; k != null && c < k.length(); c++) {
          used[k.charAt(c)] = true;
        }
      }
      int[] rank = new int[used.length];
      int distinct = 0;
      for (int c = 0; c < used.length; c++) {
        rank[c] = used[c] ? ++distinct : 0;
      }
      int bits = 32 - Integer.numberOfLeadingZeros(distinct);
      return new Prefixes(rank, bits, bits == 0 ? 0 : 63 / bits);
    }

    /** The key's {@link #chars} chars from {@code start} packed. */
    long of(String key, int start) {
      long packed = 0;
      for (int c = start; c < start + chars; c++) {
        packed = packed << bits | (c < key.length() ? rank[key.charAt(c)] : 0);
      }
      return packed;
    }
  }

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
