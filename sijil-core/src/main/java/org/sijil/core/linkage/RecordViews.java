package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RecordColumns;

/**
 * Read-only views of a job's records in another order or of two lists as one. A job reads its
 * records through these instead of copying them into a new list: records held column by column
 * ({@link org.sijil.core.record.CompactRecords}) are built when read, and a copy would build and
 * hold every one of them at once. Views of records read their fields by column too ({@link
 * RecordColumns}), so features never build a record.
 */
final class RecordViews {

  private RecordViews() {}

  /** The list itself when it reads by index cheaply, else a copy that does. */
  static <T> List<T> indexed(List<T> list) {
    return list instanceof RandomAccess ? list : new ArrayList<>(list);
  }

  /** {@code list.get(order[i])} at i. */
  static List<CasualtyRecord> permuted(List<CasualtyRecord> list, int[] order) {
    return permuted(list, order, Locality.inverse(order));
  }

  /**
   * As above, with the inverse of the order ({@code positions[order[i]] == i}) the caller already
   * holds: the view shares it rather than keeping a copy.
   */
  static List<CasualtyRecord> permuted(List<CasualtyRecord> list, int[] order, int[] positions) {
    List<CasualtyRecord> base = indexed(list);
    if (order.length != base.size() || positions.length != order.length) {
      throw new IllegalArgumentException(order.length + " positions for " + base.size() + " items");
    }
    return new Permuted(base, order, positions);
  }

  /**
   * Reads every position's value into {@code out} ({@code reader} gives, for a list, the value of
   * its row i). A permuted view is read in its base list's order, each value placed at its
   * position: the columns of compact records are then read front to back instead of at one random
   * place per record, which cost a cache miss per record and field (on a million records the job's
   * texts in name order took as long as deriving the name columns). Same values, same positions.
   */
  static <T> void readAll(
      List<CasualtyRecord> records,
      java.util.function.Function<List<CasualtyRecord>, java.util.function.IntFunction<T>> reader,
      T[] out) {
    if (records instanceof Permuted p) {
      java.util.function.IntFunction<T> read = reader.apply(p.base);
      // The order is a permutation: each row lands at one position, written once.
      java.util.stream.IntStream.range(0, out.length)
          .parallel()
          .forEach(j -> out[p.positionOf(j)] = read.apply(j));
      return;
    }
    java.util.function.IntFunction<T> read = reader.apply(records);
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> out[i] = read.apply(i));
  }

  /**
   * The records as stored, and where each stored row sits in {@code records}: a permuted view's
   * base list and the inverse of its order, else the list itself and the identity (null).
   */
  record Stored(RecordColumns columns, int[] positions) {
    int position(int row) {
      return positions == null ? row : positions[row];
    }
  }

  static Stored stored(List<CasualtyRecord> records) {
    if (records instanceof Permuted p) {
      return new Stored(RecordColumns.of(p.base), p.positions);
    }
    return new Stored(RecordColumns.of(records), null);
  }

  /** The left list's records, then the right's. */
  static List<CasualtyRecord> concat(List<CasualtyRecord> left, List<CasualtyRecord> right) {
    return new Concat(indexed(left), indexed(right));
  }

  private static final class Permuted extends AbstractList<CasualtyRecord>
      implements RandomAccess, RecordColumns {
    private final List<CasualtyRecord> base;
    private final RecordColumns columns;
    private final int[] order;

    /** The inverse of {@link #order}: each base row's position. */
    private final int[] positions;

    Permuted(List<CasualtyRecord> base, int[] order, int[] positions) {
      this.base = base;
      this.columns = RecordColumns.of(base);
      this.order = order;
      this.positions = positions;
    }

    @Override
    public CasualtyRecord get(int i) {
      return base.get(order[i]);
    }

    int positionOf(int row) {
      return positions[row];
    }

    @Override
    public int size() {
      return order.length;
    }

    @Override
    public String text(CanonicalField field, int i) {
      return columns.text(field, order[i]);
    }

    @Override
    public Age age(int i) {
      return columns.age(order[i]);
    }

    @Override
    public LocalDate dob(int i) {
      return columns.dob(order[i]);
    }

    @Override
    public LocalDate dod(int i) {
      return columns.dod(order[i]);
    }
  }

  private static final class Concat extends AbstractList<CasualtyRecord>
      implements RandomAccess, RecordColumns {
    private final List<CasualtyRecord> left;
    private final List<CasualtyRecord> right;
    private final RecordColumns leftColumns;
    private final RecordColumns rightColumns;

    Concat(List<CasualtyRecord> left, List<CasualtyRecord> right) {
      this.left = left;
      this.right = right;
      this.leftColumns = RecordColumns.of(left);
      this.rightColumns = RecordColumns.of(right);
    }

    @Override
    public CasualtyRecord get(int i) {
      return i < left.size() ? left.get(i) : right.get(i - left.size());
    }

    @Override
    public int size() {
      return left.size() + right.size();
    }

    @Override
    public String text(CanonicalField field, int i) {
      int l = left.size();
      return i < l ? leftColumns.text(field, i) : rightColumns.text(field, i - l);
    }

    @Override
    public Age age(int i) {
      int l = left.size();
      return i < l ? leftColumns.age(i) : rightColumns.age(i - l);
    }

    @Override
    public LocalDate dob(int i) {
      int l = left.size();
      return i < l ? leftColumns.dob(i) : rightColumns.dob(i - l);
    }

    @Override
    public LocalDate dod(int i) {
      int l = left.size();
      return i < l ? leftColumns.dod(i) : rightColumns.dod(i - l);
    }
  }
}
