package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.List;
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
   * Positions {@code from..to-1} of {@code records} sorted by the text of the spec's first name
   * field (records without it last), ties in input order; returns the input index of each
   * position, offset by {@code from}.
   */
  static int[] byName(LinkageSpec spec, List<CasualtyRecord> records, int from, int to) {
    String field = nameField(spec);
    Integer[] idx = new Integer[to - from];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    if (field != null) {
      String[] key = new String[records.size()];
      for (int i = from; i < to; i++) {
        String v = RecordTable.value(records.get(i), field);
        key[i] = v == null || v.isBlank() ? null : v.strip();
      }
      Arrays.parallelSort(idx, (x, y) -> {
        String kx = key[x];
        String ky = key[y];
        if (kx == null || ky == null) {
          return kx == ky ? Integer.compare(x, y) : kx == null ? 1 : -1;
        }
        int c = kx.compareTo(ky);
        return c != 0 ? c : Integer.compare(x, y);
      });
    }
    int[] out = new int[idx.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  private static String nameField(LinkageSpec spec) {
    for (ComparisonSpec c : spec.comparisons()) {
      if (c.fieldType() == ComparisonSpec.FieldType.ARABIC_NAME || c.fieldType() == ComparisonSpec.FieldType.LATIN_NAME) {
        return c.field().contains(".") ? c.field().substring(0, c.field().indexOf('.')) : c.field();
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
