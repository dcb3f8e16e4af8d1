package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntFunction;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;

/**
 * A name in one script: the whole normalized name (spaces removed, so "عبد الرحمن" and "عبدالرحمن"
 * agree) as chars and an interned id, the parts of the chain as blocking keys, and term
 * frequencies. {@link NameColumnFill} fills this storage; {@link WeakestToken} compares two names
 * token by token.
 */
abstract class NameColumn extends FeatureColumn {

  /**
   * Blocking parts. {@code given3} is the first three letters of the given name: PDF extraction
   * often drops a name's last letter ("زهير" → "زهي"), which this key survives.
   */
  static final String[] PARTS = {"given", "father", "grandfather", "family", "given3"};

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
   * called in parallel), as {@link NameColumnFill} lays them out.
   */
  final void fill(String[] raw, IntFunction<Derived> derive) {
    allocate(full.length);
    shown = r -> raw[r];
    NameColumnFill.fill(this, derive);
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

  /** The least similar pair of tokens of two names, as {@link WeakestToken} compares them. */
  double weakestToken(int a, int b, double floor, Scratch s) {
    return WeakestToken.similarity(this, a, b, floor, s);
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
