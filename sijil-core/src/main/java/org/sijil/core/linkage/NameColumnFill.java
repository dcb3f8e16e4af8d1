package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Fills the storage of a {@link NameColumn} from each record's derived name. Records go in blocks:
 * a block's names are derived and laid out in parallel, then interned in record order, so ids are
 * the order of first appearance whatever the threads did, and a block's intermediate objects die
 * before the garbage collector has to copy them.
 */
final class NameColumnFill {

  /** Records per block. */
  private static final int BLOCK = 1 << 14;

  private final NameColumn column;
  // A name or key per record at most: sized once, letters in an arena (see ArenaInterner).
  private final ArenaInterner names;
  private final ArenaInterner keys;
  private final Interner parts = new Interner();
  private final Interner words = new Interner();
  private final NameLayout.Shared shared = new NameLayout.Shared(new ConcurrentHashMap<>());

  private NameColumnFill(NameColumn column) {
    this.column = column;
    this.names = new ArenaInterner(column.full.length);
    this.keys = new ArenaInterner(column.full.length);
  }

  /**
   * Fills the column's arrays (allocated, all records absent) from {@code derive.apply(r)}, null
   * when record r has no name; {@code derive} is called in parallel.
   */
  static void fill(NameColumn column, IntFunction<NameColumn.Derived> derive) {
    NameColumnFill fill = new NameColumnFill(column);
    int n = column.full.length;
    for (int from = 0; from < n; from += BLOCK) {
      fill.intern(from, fill.layOut(from, Math.min(n, from + BLOCK) - from, derive));
    }
    column.rows.trim();
    fill.termFrequencies();
  }

  /**
   * One block's names laid out, what the tables intern queued with its hash: index i is record
   * {@code start + i}.
   */
  private record Block(
      int start,
      int size,
      ArenaInterner.Letters joined,
      ArenaInterner.Letters skeletons,
      Interner.Batch partKeys,
      String[][] wordsOf,
      char[][] lettersOf,
      byte[][] endsOf,
      NameColumn.Derived[] repairsOf) {

    Block(int start, int m) {
      this(
          start,
          m,
          new ArenaInterner.Letters(m),
          new ArenaInterner.Letters(m),
          new Interner.Batch(m * NameColumn.PARTS.length),
          new String[m][],
          new char[m][],
          new byte[m][],
          new NameColumn.Derived[m]);
    }
  }

  /**
   * Per record, on one thread while its objects are in that core's cache: the name laid out, what
   * needs no ids stored, and what the tables intern queued with its hash.
   */
  private Block layOut(int start, int m, IntFunction<NameColumn.Derived> derive) {
    Block b = new Block(start, m);
    IntStream.range(0, m).parallel().forEach(i -> layOut(b, i, derive.apply(start + i)));
    return b;
  }

  private void layOut(Block b, int i, NameColumn.Derived d) {
    NameLayout l = d == null ? null : NameLayout.of(d, shared);
    if (l == null) {
      return;
    }
    b.lettersOf()[i] = l.letters();
    b.endsOf()[i] = l.ends();
    b.joined().set(i, l.letters());
    b.skeletons().set(i, l.skeleton());
    for (int p = 0; p < NameColumn.PARTS.length; p++) {
      b.partKeys().set(i * NameColumn.PARTS.length + p, l.parts()[p]);
    }
    b.wordsOf()[i] = l.words();
    if (d.repaired() != null && l.words().length == d.repaired().length) {
      b.repairsOf()[i] = d;
    }
  }

  /** The tables are independent: each interns the block in record order on one thread. */
  private void intern(int start, Block b) {
    Stream.<Runnable>of(
            () -> System.arraycopy(names.ids(b.joined()), 0, column.full, start, b.size()),
            () -> internKeys(b),
            () -> internParts(b),
            () -> column.rows.appendLetters(start, b.lettersOf()),
            () -> internWords(b))
        .parallel()
        .forEach(Runnable::run);
  }

  private void internKeys(Block b) {
    int[] ids = keys.ids(b.skeletons());
    for (int i = 0; i < b.size(); i++) {
      column.fullKey[b.start() + i] = ids[i] < 0 ? FeatureColumn.MISSING : ids[i];
    }
  }

  private void internParts(Block b) {
    int[] ids = parts.ids(b.partKeys());
    int np = NameColumn.PARTS.length;
    for (int i = 0; i < ids.length; i++) {
      column.partIds[i % np][b.start() + i / np] = ids[i];
    }
  }

  /** The tokens of each name, and the ids of their repaired readings (one table of words). */
  private void internWords(Block b) {
    for (int i = 0; i < b.size(); i++) {
      int r = b.start() + i;
      String[] w = b.wordsOf()[i];
      column.rows.appendTokens(r, w == null ? null : words.ids(w), b.endsOf()[i]);
      NameColumn.Derived d = b.repairsOf()[i];
      if (d != null) {
        String[] repaired = d.repaired();
        int[] ids = new int[repaired.length];
        for (int t = 0; t < ids.length; t++) {
          ids[t] = repaired[t] == null ? -1 : words.id(repaired[t]);
        }
        column.repairIds[r] = ids;
        column.repairConfidence[r] = d.repairConfidence();
      }
    }
  }

  /** Each record's share of the present names that are its own, NaN when it has none. */
  private void termFrequencies() {
    int[] full = column.full;
    double present = Arrays.stream(full).filter(id -> id >= 0).count();
    IntStream.range(0, full.length)
        .parallel()
        .forEach(r -> column.tf[r] = full[r] < 0 ? Double.NaN : names.count(full[r]) / present);
  }
}
