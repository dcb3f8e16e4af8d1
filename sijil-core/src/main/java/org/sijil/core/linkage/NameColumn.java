package org.sijil.core.linkage;

import java.util.Set;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;

/**
 * A name in one script: the whole normalized name (spaces removed, so "عبد الرحمن" and "عبدالرحمن"
 * agree) as chars and an interned id, the parts of the chain as blocking keys, and term frequencies.
 */
abstract class NameColumn extends FeatureColumn {

  /**
   * Blocking parts. {@code given3} is the first three letters of the given name: PDF extraction
   * often drops a name's last letter ("زهير" → "زهي"), which this key survives.
   */
  static final String[] PARTS = {"given", "father", "grandfather", "family", "given3"};

  static final java.util.List<String> SIMILARITIES =
      java.util.List.of("weakest_token_jaro_winkler", "token_jaro_winkler", "jaro_winkler", "name_engine");

  final int[] full;
  final char[][] text;
  /** End offset of each token in {@link #text} (names are cut at 255 chars). */
  final byte[][] ends;
  /** Interned id of each token, so equal tokens are recognised without comparing letters. */
  final int[][] tokenIds;
  final int[][] partIds;
  final long[] fullKey;
  final double[] tf;
  final String[] shown;
  final String similarity;

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

  NameColumn(String field, int n, String similarity) {
    super(field);
    this.full = new int[n];
    this.text = new char[n][];
    this.ends = new byte[n][];
    this.tokenIds = new int[n][];
    this.partIds = new int[PARTS.length][n];
    this.fullKey = new long[n];
    this.tf = new double[n];
    this.shown = new String[n];
    this.similarity = similarity == null ? "token_jaro_winkler" : similarity;
    if (!SIMILARITIES.contains(this.similarity)) {
      throw new IllegalArgumentException(field + ": unknown similarity '" + similarity
          + "' (known: " + String.join(", ", SIMILARITIES) + ")");
    }
  }

  /**
   * Fills the arrays: {@code normalized[r]} is the name's tokens joined by single spaces, null when
   * absent; parts[r] = given, father, grandfather, family keys.
   */
  final void fill(String[] raw, String[] normalized, String[][] parts, String[] skeleton) {
    int n = full.length;
    Interner names = new Interner();
    Interner keys = new Interner();
    Interner tokens = new Interner();
    Interner words = new Interner();
    int present = 0;
    for (int r = 0; r < n; r++) {
      shown[r] = raw[r];
      if (normalized[r] == null || normalized[r].isEmpty()) {
        full[r] = -1;
        fullKey[r] = MISSING;
        for (int[] p : partIds) {
          p[r] = -1;
        }
        continue;
      }
      present++;
      String joined = normalized[r].length() > 255 ? normalized[r].substring(0, 255) : normalized[r];
      String[] split = SPACES.split(joined.trim());
      StringBuilder sb = new StringBuilder(joined.length());
      byte[] e = new byte[split.length];
      int[] ids = new int[split.length];
      for (int t = 0; t < split.length; t++) {
        sb.append(split[t]);
        e[t] = (byte) sb.length();
        ids[t] = words.id(split[t]);
      }
      tokenIds[r] = ids;
      full[r] = names.id(sb.toString());
      text[r] = sb.toString().toCharArray();
      ends[r] = e;
      fullKey[r] = keys.id(skeleton[r]);
      for (int p = 0; p < PARTS.length; p++) {
        String t = p == 4
            ? (parts[r][0] == null ? null : parts[r][0].substring(0, Math.min(3, parts[r][0].length())))
            : parts[r][p];
        partIds[p][r] = t == null || t.isEmpty() ? -1 : tokens.id(t);
      }
    }
    for (int r = 0; r < n; r++) {
      tf[r] = full[r] < 0 ? Double.NaN : names.count(full[r]) / (double) present;
    }
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
  boolean supports(TestKind kind) {
    return kind == TestKind.NULL || kind == TestKind.EXACT || kind == TestKind.SIMILARITY || kind == TestKind.ELSE;
  }

  @Override
  double similarity(int a, int b, Scratch s) {
    return similarity(a, b, s, Double.NEGATIVE_INFINITY);
  }

  @Override
  double similarity(int a, int b, Scratch s, double floor) {
    return switch (similarity) {
      case "weakest_token_jaro_winkler" -> weakestToken(a, b, floor, s);
      case "name_engine" -> engine(a, b);
      case "jaro_winkler" -> Similarity.jaroWinkler(text[a], text[b], s);
      default -> Similarity.tokens(text[a], ends[a], text[b], ends[b], s);
    };
  }

  /**
   * Names of as many tokens compared token by token, each against the token in the same place: the
   * similarity of the least similar pair. A name differs from a relative's in one whole token (a
   * sibling's given name, a cousin's father), which a mean over the tokens or Jaro–Winkler on the
   * whole chain would hide behind the tokens they share; damage from lists and PDF extraction
   * changes a letter or two within tokens. Equal tokens are recognised by their ids. Names with
   * different numbers of tokens (an added or dropped element) fall back on Jaro–Winkler of the
   * whole names, spaces removed.
   */
  double weakestToken(int a, int b, double floor, Scratch s) {
    int[] ia = tokenIds[a];
    int[] ib = tokenIds[b];
    if (ia.length != ib.length || ia.length < 2) {
      return Similarity.jaroWinkler(text[a], text[b], s);
    }
    byte[] ea = ends[a];
    byte[] eb = ends[b];
    Scratch.TokenMemo memo = s.memo(this);
    double min = 1.0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < ia.length; t++) {
      int at = ea[t] & 0xff;
      int bt = eb[t] & 0xff;
      if (ia[t] != ib[t]) {
        long k = Scratch.TokenMemo.key(ia[t], ib[t]);
        int slot = Scratch.TokenMemo.slot(k);
        double j;
        if (memo.key[slot] == k) {
          j = memo.value[slot];
        } else {
          j = Similarity.jaroWinkler(text[a], af, at, text[b], bf, bt, s);
          memo.key[slot] = k;
          memo.value[slot] = j;
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

  /** The name engine's own comparator (slower; chosen with similarity "name_engine"). */
  abstract double engine(int a, int b);

  @Override
  double termFrequency(int r) {
    return tf[r];
  }

  @Override
  long key(String part, int r) {
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
  Set<String> parts() {
    return Set.of("full", "given", "father", "grandfather", "family", "given3");
  }

  @Override
  String display(int r) {
    return shown[r];
  }
}
