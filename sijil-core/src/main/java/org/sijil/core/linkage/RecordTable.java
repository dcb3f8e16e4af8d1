package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RecordColumns;

/**
 * The records of one linkage job with their comparison features pre-computed, column by column. In
 * a link job the left list's records come first (indices {@code 0..leftSize-1}), then the right's;
 * in a dedupe job {@code leftSize == size}. Immutable once built; {@link TableColumns} builds the
 * columns.
 */
public final class RecordTable {

  /** The field of the name in either script, {@code name_ar} and {@code name_en} together. */
  static final String CROSS_SCRIPT_FIELD = "name";

  private final int size;
  private final int leftSize;
  private final boolean link;
  private final Map<String, FeatureColumn> columns = new HashMap<>();

  /** The column ordering windowed blocks, or null when a side lacks it (see neighbourhoodKey). */
  private final FeatureColumn neighbourhood;

  private RecordTable(
      LinkageSpec spec,
      List<CasualtyRecord> given,
      int leftSize,
      boolean link,
      String readField,
      String[] readTexts) {
    // Features are computed with records looked up by index from several threads.
    List<CasualtyRecord> records =
        given instanceof java.util.RandomAccess ? given : new ArrayList<>(given);
    this.size = records.size();
    this.leftSize = leftSize;
    this.link = link;
    columns.putAll(TableColumns.build(spec, records, leftSize, link, readField, readTexts));
    this.neighbourhood =
        columns.containsKey(NEIGHBOURHOOD_FIELD) && hasValues(NEIGHBOURHOOD_FIELD)
            ? columns.get(NEIGHBOURHOOD_FIELD)
            : null;
  }

  /**
   * Features of records already in one list, the left list's {@code leftSize} first when {@code
   * link} (a {@link Linker} puts them in its own order).
   */
  static RecordTable of(
      LinkageSpec spec, List<CasualtyRecord> records, int leftSize, boolean link) {
    return new RecordTable(spec, records, leftSize, link, null, null);
  }

  /**
   * As above, with one field's texts already read in the records' order (the name that ordered
   * them, see {@link Locality#ordered}): a name column is read from them instead of decoded again.
   */
  static RecordTable of(
      LinkageSpec spec,
      List<CasualtyRecord> records,
      int leftSize,
      boolean link,
      String readField,
      String[] readTexts) {
    return new RecordTable(spec, records, leftSize, link, readField, readTexts);
  }

  public int size() {
    return size;
  }

  public int leftSize() {
    return leftSize;
  }

  public boolean isLink() {
    return link;
  }

  /** Number of pairs a job compares if it compares everything. */
  public long allPairs() {
    return link ? (long) leftSize * (size - leftSize) : (long) size * (size - 1) / 2;
  }

  /**
   * Whether the field has values worth comparing: on both sides for a link, else anywhere. A
   * comparison on a field one list lacks carries no information and only slows training.
   */
  public boolean hasValues(String field) {
    FeatureColumn c = columns.get(field.toLowerCase(Locale.ROOT));
    if (c == null) {
      return false;
    }
    boolean left = false;
    boolean right = false;
    // A dedupe job has no right side: its first value settles it (the scan read every record).
    for (int r = 0; r < size && !(left && (right || !link)); r++) {
      if (!c.isNull(r)) {
        if (r < leftSize) {
          left = true;
        } else {
          right = true;
        }
      }
    }
    return link ? left && right : left;
  }

  FeatureColumn column(String field) {
    FeatureColumn c = columns.get(field.toLowerCase(Locale.ROOT));
    if (c == null) {
      throw new IllegalArgumentException("no features for field " + field);
    }
    return c;
  }

  /** The field that orders the records of a block too big to compare whole ({@link BlockIndex}). */
  static final String NEIGHBOURHOOD_FIELD = "dod";

  /**
   * Where record r sits inside a windowed block: its date of death as a non-negative number (later
   * dates higher), records without one last. The records of one person are reported dead on the
   * same day or days apart, while namesakes spread over the whole period. When the job has no date
   * of death (in a link job: when one list has none, e.g. a population register) every record has
   * the same key, and windows follow the name order alone: dated records would otherwise all sort
   * before undated ones and a window would hardly ever reach across the lists.
   */
  int neighbourhoodKey(int r) {
    FeatureColumn c = neighbourhood;
    long day = c == null ? FeatureColumn.MISSING : c.key(null, r);
    if (day == FeatureColumn.MISSING) {
      return Integer.MAX_VALUE;
    }
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1L, day + NEIGHBOURHOOD_OFFSET));
  }

  /** Shifts epoch days (negative before 1970) into non-negative keys. */
  private static final long NEIGHBOURHOOD_OFFSET = 1L << 24;

  /** The blocking key of every record under a rule, {@link FeatureColumn#MISSING} when absent. */
  long[] blockingKeys(BlockingRuleSpec rule) {
    long[] keys = new long[size];
    List<String> parts = rule.keys();
    FeatureColumn[] cols = new FeatureColumn[parts.size()];
    String[] sub = new String[parts.size()];
    for (int i = 0; i < cols.length; i++) {
      String k = parts.get(i);
      cols[i] = column(BlockingRuleSpec.fieldOf(k));
      int dot = k.indexOf('.');
      sub[i] = dot < 0 ? null : k.substring(dot + 1);
      if (sub[i] != null && !cols[i].parts().contains(sub[i])) {
        throw new IllegalArgumentException(
            "blocking rule "
                + rule.name()
                + ": field "
                + cols[i].field
                + " has no part '"
                + sub[i]
                + "' (parts: "
                + cols[i].parts()
                + ")");
      }
    }
    java.util.function.IntToLongFunction[] readers =
        new java.util.function.IntToLongFunction[cols.length];
    for (int i = 0; i < cols.length; i++) {
      readers[i] = cols[i].keys(sub[i]);
    }
    // Each record's key depends on that record alone.
    java.util.stream.IntStream.range(0, size)
        .parallel()
        .forEach(r -> keys[r] = blockingKey(readers, r));
    return keys;
  }

  private static long blockingKey(java.util.function.IntToLongFunction[] parts, int r) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < parts.length; i++) {
      long v = parts[i].applyAsLong(r);
      if (v == FeatureColumn.MISSING) {
        return FeatureColumn.MISSING;
      }
      h = mix(h ^ (v + 0x632BE59BD9B4E019L * (i + 1)));
    }
    return h == FeatureColumn.MISSING ? h + 1 : h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A field's text: a canonical field, else the raw column of that name (case-insensitive). */
  static String value(CasualtyRecord r, String field) {
    java.util.Optional<CanonicalField> canonical = CanonicalField.byKey(field);
    if (canonical.isPresent()) {
      return r.text(canonical.get());
    }
    String v = r.raw().get(field);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> e : r.raw().entrySet()) {
      if (e.getKey().equalsIgnoreCase(field)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Each record's text of a field (see {@link #value}), the field resolved once. A canonical field
   * is read from its column ({@link RecordColumns}), without building the records.
   */
  static String[] texts(String field, List<CasualtyRecord> records) {
    String[] out = new String[records.size()];
    java.util.function.IntFunction<String> read = reader(field, records);
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> out[i] = read.apply(i));
    return out;
  }

  /** Reads record i's text of a field (see {@link #value}), the field resolved once. */
  static java.util.function.IntFunction<String> reader(String field, List<CasualtyRecord> records) {
    CanonicalField canonical = CanonicalField.byKey(field).orElse(null);
    if (canonical != null) {
      RecordColumns columns = RecordColumns.of(records);
      return i -> columns.text(canonical, i);
    }
    return i -> value(records.get(i), field);
  }
}
