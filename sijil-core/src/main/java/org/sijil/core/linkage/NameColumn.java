package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;
import org.sijil.core.names.WordDrop;

/**
 * A name in one script: the whole normalized name (spaces removed, so "عبد الرحمن" and "عبدالرحمن"
 * agree) as chars and an interned id, the parts of the chain as blocking keys, and term
 * frequencies.
 */
abstract class NameColumn extends FeatureColumn {

  /**
   * Blocking parts. {@code given3} is the first three letters of the given name: PDF extraction
   * often drops a name's last letter ("زهير" → "زهي"), which this key survives.
   */
  static final String[] PARTS = {"given", "father", "grandfather", "family", "given3"};

  /** Records per block of {@link #fill}. */
  private static final int BLOCK = 1 << 14;

  /** The similarity functions a name column offers, by their key in a spec. */
  enum Kind {
    WEAKEST_TOKEN_JARO_WINKLER,
    TOKEN_JARO_WINKLER,
    JARO_WINKLER,
    NAME_ENGINE,
    /**
     * Latin names: the weakest token of the names written in {@link
     * org.sijil.core.names.Romanization}'s reduced words, tokens with equal skeletons at least
     * {@link #SKELETON_EQUAL}; blocking keys are the skeletons. Sees through publishers' schemes.
     */
    ROMANIZED_WEAKEST_TOKEN;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Kind of(String field, String key) {
      for (Kind k : values()) {
        if (k.key().equals(key)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          field
              + ": unknown similarity '"
              + key
              + "' (known: "
              + String.join(", ", Arrays.stream(values()).map(Kind::key).toList())
              + ")");
    }
  }

  /**
   * Each record's id of its whole normalized name, -1 when absent. The other arrays are made by
   * {@link #fill} only: a column where every record is null ({@link #fillAbsent}, e.g. the
   * cross-script name of lists whose records all share a script) keeps this one array alone.
   */
  int[] full;

  /** The normalized names, flat (see {@link NameRows}). */
  NameRows rows;

  /**
   * Per record with a damaged-looking token, the id of each token's repaired reading (-1: none) and
   * its confidence (1: certain, {@link org.sijil.core.names.Repairs#SPECULATIVE}: a real name may
   * be meant); null for the other records.
   */
  int[][] repairIds;

  float[][] repairConfidence;
  int[][] partIds;
  long[] fullKey;
  double[] tf;

  /**
   * The text shown for a record (explanations), read when asked: the column keeps no string per
   * record (ten million names are gigabytes). Set by {@link #fill}, replaced by {@link #showFrom}.
   */
  private java.util.function.IntFunction<String> shown = r -> null;

  /** Whether {@link #fillAbsent} made this column: every record null, no key. */
  private boolean absent;

  /** Decided once here, not per pair. */
  final Kind similarity;

  /**
   * An id per token (parallel to the tokens of {@link #rows}) of a coarser form of the token (e.g.
   * its consonant skeleton), set once by a constructor; tokens whose coarse forms agree count at
   * least {@link #SKELETON_EQUAL} in {@link #weakestToken}. Null for columns without one.
   */
  int[] skeletonIds;

  /** Token similarity of two different tokens whose coarse forms ({@link #skeletonIds}) agree. */
  static final double SKELETON_EQUAL = org.sijil.core.names.Romanization.SKELETON_EQUAL;

  NameColumn(String field, int n, String similarity) {
    super(field);
    this.full = new int[n];
    this.similarity = similarity == null ? Kind.TOKEN_JARO_WINKLER : Kind.of(field, similarity);
  }

  /** The arrays of a column with values, one entry (or a share of a flat array) per record. */
  private void allocate(int n) {
    rows = new NameRows(n);
    repairIds = new int[n][];
    repairConfidence = new float[n][];
    partIds = new int[PARTS.length][n];
    fullKey = new long[n];
    tf = new double[n];
  }

  /**
   * Shows each record's text as {@code source} gives it instead of the texts the column was filled
   * from, which it then no longer holds (the caller reads them again from its records).
   */
  @Override
  final void showFrom(java.util.function.IntFunction<String> source) {
    shown = source;
  }

  /**
   * One record's name as a column derives it, before interning: its tokens in order (the normalized
   * name is them joined by single spaces), the keys of its parts (given, father, grandfather,
   * family; null when absent) and its skeleton, the key of the whole name.
   */
  record Derived(
      String[] tokens,
      String[] parts,
      char[] skeleton,
      String[] repaired,
      float[] repairConfidence) {
    Derived(String[] tokens, String[] parts, char[] skeleton) {
      this(tokens, parts, skeleton, null, null);
    }
  }

  /**
   * A distinct word of a column and its key, computed once per word. Records hold the word's one
   * string, so interning compares them by reference, without touching their letters.
   */
  record Word(String text, String key) {}

  /**
   * Fills the arrays from each record's derived name ({@code derive.apply(r)}, null when absent;
   * called in parallel). Records go in blocks: a block's names are derived and laid out in
   * parallel, then interned in record order, so ids are the order of first appearance whatever the
   * threads did, and a block's intermediate objects die before the garbage collector has to copy
   * them.
   */
  final void fill(String[] raw, IntFunction<Derived> derive) {
    int n = full.length;
    allocate(n);
    shown = r -> raw[r];
    // A name or key per record at most: sized once, letters in an arena (see ArenaInterner).
    ArenaInterner names = new ArenaInterner(n);
    ArenaInterner keys = new ArenaInterner(n);
    Interner parts = new Interner();
    Interner words = new Interner();
    NameLayout.Shared shared = new NameLayout.Shared(new ConcurrentHashMap<>());
    for (int from = 0; from < n; from += BLOCK) {
      int start = from;
      int m = Math.min(n, from + BLOCK) - from;
      // Per record, on one thread while its objects are in that core's cache: the name laid out,
      // what needs no ids stored, and what the tables intern queued with its hash.
      ArenaInterner.Letters joined = new ArenaInterner.Letters(m);
      ArenaInterner.Letters skeletons = new ArenaInterner.Letters(m);
      Interner.Batch partKeys = new Interner.Batch(m * PARTS.length);
      String[][] wordsOf = new String[m][];
      char[][] lettersOf = new char[m][];
      byte[][] endsOf = new byte[m][];
      Derived[] repairsOf = new Derived[m];
      IntStream.range(0, m)
          .parallel()
          .forEach(
              i -> {
                int r = start + i;
                Derived d = derive.apply(r);
                NameLayout l = d == null ? null : NameLayout.of(d, shared);
                if (l != null) {
                  lettersOf[i] = l.letters();
                  endsOf[i] = l.ends();
                  joined.set(i, l.letters());
                  skeletons.set(i, l.skeleton());
                  for (int p = 0; p < PARTS.length; p++) {
                    partKeys.set(i * PARTS.length + p, l.parts()[p]);
                  }
                  wordsOf[i] = l.words();
                  if (d.repaired() != null && l.words().length == d.repaired().length) {
                    repairsOf[i] = d;
                  }
                }
              });
      // The tables are independent: each interns in record order on one thread.
      Stream.<Runnable>of(
              () -> System.arraycopy(names.ids(joined), 0, full, start, m),
              () -> {
                int[] ids = keys.ids(skeletons);
                for (int i = 0; i < m; i++) {
                  fullKey[start + i] = ids[i] < 0 ? MISSING : ids[i];
                }
              },
              () -> {
                int[] ids = parts.ids(partKeys);
                for (int i = 0; i < ids.length; i++) {
                  partIds[i % PARTS.length][start + i / PARTS.length] = ids[i];
                }
              },
              () -> rows.appendLetters(start, lettersOf),
              () -> {
                for (int i = 0; i < m; i++) {
                  rows.appendTokens(
                      start + i, wordsOf[i] == null ? null : words.ids(wordsOf[i]), endsOf[i]);
                  if (repairsOf[i] != null) {
                    String[] repaired = repairsOf[i].repaired();
                    int[] ids = new int[repaired.length];
                    for (int t = 0; t < ids.length; t++) {
                      ids[t] = repaired[t] == null ? -1 : words.id(repaired[t]);
                    }
                    repairIds[start + i] = ids;
                    repairConfidence[start + i] = repairsOf[i].repairConfidence();
                  }
                }
              })
          .parallel()
          .forEach(Runnable::run);
    }
    rows.trim();
    double present = Arrays.stream(full).filter(id -> id >= 0).count();
    IntStream.range(0, n)
        .parallel()
        .forEach(r -> tf[r] = full[r] < 0 ? Double.NaN : names.count(full[r]) / present);
  }

  /**
   * Fills a column where every record is null: what {@link #fill} gives when {@code derive} returns
   * null for every record and nothing is shown, in one array ({@link #full}) instead of a dozen
   * that would say nothing.
   */
  final void fillAbsent() {
    Arrays.fill(full, -1);
    absent = true;
    rows = NameRows.absent(full.length);
  }

  @Override
  boolean isNull(int r) {
    return full[r] < 0;
  }

  @Override
  boolean exact(int a, int b) {
    return full[a] == full[b];
  }

  @Override
  int touch(int r) {
    if (full[r] < 0) {
      return 0;
    }
    // The name's first letters and tokens, besides the arrays that locate them.
    int t = rows.tokenStart[r];
    int x = rows.textStart[r];
    int sum = repairIds[r] == null ? 0 : 1;
    if (t < rows.tokenStart[r + 1]) {
      sum += rows.tokens[t] + rows.tokenEnds[t];
    }
    if (x < rows.textStart[r + 1]) {
      sum += rows.letters[x];
    }
    return sum;
  }

  @Override
  boolean supports(TestKind kind) {
    return kind == TestKind.NULL
        || kind == TestKind.EXACT
        || kind == TestKind.SIMILARITY
        || kind == TestKind.ELSE;
  }

  @Override
  double similarity(int a, int b, Scratch s) {
    return similarity(a, b, s, Double.NEGATIVE_INFINITY);
  }

  @Override
  double similarity(int a, int b, Scratch s, double floor) {
    return switch (similarity) {
      case WEAKEST_TOKEN_JARO_WINKLER, ROMANIZED_WEAKEST_TOKEN -> weakestToken(a, b, floor, s);
      case NAME_ENGINE -> engine(a, b);
      case JARO_WINKLER -> rows.jaroWinkler(a, b, s);
      case TOKEN_JARO_WINKLER -> rows.tokenJaroWinkler(a, b, s);
    };
  }

  /**
   * Names of as many tokens compared token by token, each against the token in the same place: the
   * similarity of the least similar pair. A name differs from a relative's in one whole token (a
   * sibling's given name, a cousin's father), which a mean over the tokens or Jaro–Winkler on the
   * whole chain would hide behind the tokens they share; damage from lists and PDF extraction
   * changes a letter or two within tokens. Equal tokens are recognised by their ids. Names one
   * token apart are compared on the best alignment that drops a token of the longer or reads two of
   * its tokens as one ({@link WordDrop}), unless Jaro–Winkler of the whole names, spaces removed,
   * reaches {@link WordDrop#JOINED} (the same letters spaced differently); other names with
   * different numbers of tokens fall back on that Jaro–Winkler.
   */
  double weakestToken(int a, int b, double floor, Scratch s) {
    int na = rows.tokenCount(a);
    int nb = rows.tokenCount(b);
    if (na != nb || na < 2) {
      double whole = rows.jaroWinkler(a, b, s);
      // One word apart, the alignment decides alone: Jaro-Winkler of the whole names rewards the
      // given and father's names they share at the front (a stranger's محمد محمد محمد جبر / محمد
      // محمد محمد راغب الناعوق scored >= 0.88), and such strangers multiply with the population.
      return WordDrop.applies(na, nb) && whole < WordDrop.JOINED
          ? ColumnWords.similarity(this, a, b, s, floor)
          : whole;
    }
    int ta = rows.tokenStart[a];
    int tb = rows.tokenStart[b];
    int sa = rows.textStart[a];
    int sb = rows.textStart[b];
    int[] tokens = rows.tokens;
    byte[] tokenEnds = rows.tokenEnds;
    char[] letters = rows.letters;
    Scratch.TokenMemo memo = s.memo(this);
    double min = 1.0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < na; t++) {
      int at = tokenEnds[ta + t] & 0xff;
      int bt = tokenEnds[tb + t] & 0xff;
      int ia = tokens[ta + t];
      int ib = tokens[tb + t];
      if (ia != ib) {
        long k = Scratch.TokenMemo.key(ia, ib);
        int slot = Scratch.TokenMemo.slot(k);
        double j;
        if (memo.key[slot] == k) {
          j = memo.value[slot];
        } else {
          j = Similarity.jaroWinkler(letters, sa + af, sa + at, letters, sb + bf, sb + bt, s);
          if (skeletonIds != null && skeletonIds[ta + t] == skeletonIds[tb + t]) {
            j = Math.max(j, SKELETON_EQUAL);
          }
          memo.key[slot] = k;
          memo.value[slot] = j;
        }
        if (repairIds[a] != null || repairIds[b] != null) {
          j = Math.max(j, repaired(a, b, t));
        }
        if (j < min) {
          min = j;
          if (min < floor) {
            return min;
          }
        }
      }
      af = at;
      bf = bt;
    }
    return min;
  }

  /**
   * How far token t of two names agrees once extraction damage is repaired: the repair's confidence
   * when one side's repaired reading (or both sides') is the other's token, else 0. A reversed
   * lam-alef (عبدهللا for عبدالله) is then as good as the right spelling; a swap that may undo a
   * real name (صالح / صلاح) counts at the speculative confidence.
   */
  private double repaired(int a, int b, int t) {
    int[] ra = repairIds[a];
    int[] rb = repairIds[b];
    int ta = rows.tokens[rows.tokenStart[a] + t];
    int tb = rows.tokens[rows.tokenStart[b] + t];
    double best = 0;
    if (ra != null && ra[t] >= 0 && (ra[t] == tb || (rb != null && ra[t] == rb[t]))) {
      best = repairConfidence[a][t];
      if (rb != null && ra[t] == rb[t]) {
        best = Math.min(best, repairConfidence[b][t]);
      }
    }
    if (rb != null && rb[t] >= 0 && rb[t] == ta) {
      best = Math.max(best, repairConfidence[b][t]);
    }
    return best;
  }

  /**
   * The id of each token's skeleton ({@link org.sijil.core.names.Romanization#skeleton}), parallel
   * to {@link #tokens}, equal ids for equal skeletons.
   */
  final int[] skeletonIds() {
    return skeletonIds(org.sijil.core.names.Romanization::skeleton);
  }

  /** The id of each token's coarse form under {@code coarse}, parallel to the tokens. */
  final int[] skeletonIds(java.util.function.UnaryOperator<String> coarse) {
    return rows.coarseIds(coarse);
  }

  /** The name engine's own comparator (slower; chosen with similarity "name_engine"). */
  abstract double engine(int a, int b);

  @Override
  double termFrequency(int r) {
    return absent ? Double.NaN : tf[r];
  }

  @Override
  long key(String part, int r) {
    if (absent) {
      checkPart(part);
      return MISSING;
    }
    if (part == null || part.equals("full")) {
      return fullKey[r];
    }
    for (int p = 0; p < PARTS.length; p++) {
      if (PARTS[p].equals(part)) {
        return partIds[p][r] < 0 ? MISSING : partIds[p][r];
      }
    }
    throw new IllegalArgumentException("unknown part " + field + "." + part);
  }

  @Override
  java.util.function.IntToLongFunction keys(String part) {
    if (absent) {
      checkPart(part);
      return r -> MISSING;
    }
    if (part == null || part.equals("full")) {
      return r -> fullKey[r];
    }
    for (int p = 0; p < PARTS.length; p++) {
      if (PARTS[p].equals(part)) {
        int[] ids = partIds[p];
        return r -> ids[r] < 0 ? MISSING : ids[r];
      }
    }
    throw new IllegalArgumentException("unknown part " + field + "." + part);
  }

  /** Fails as {@link #key} does on a part this column lacks. */
  private void checkPart(String part) {
    if (part != null && !part.equals("full") && !Arrays.asList(PARTS).contains(part)) {
      throw new IllegalArgumentException("unknown part " + field + "." + part);
    }
  }

  @Override
  Set<String> parts() {
    return Set.of("full", "given", "father", "grandfather", "family", "given3");
  }

  @Override
  String display(int r) {
    return shown.apply(r);
  }
}
