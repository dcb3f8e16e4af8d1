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
   * One record's name as a column derives it, before interning: its tokens in order (the
   * normalized name is them joined by single spaces), the keys of its parts (given, father,
   * grandfather, family; null when absent) and its skeleton, the key of the whole name.
   */
  record Derived(String[] tokens, String[] parts, String skeleton) {}

  /**
   * A derived name laid out for the arrays: the normalized name cut at 255 chars and split at its
   * spaces into {@code words}, their letters run together ({@code joined}) with the end of each,
   * and the keys of all {@link #PARTS} (null when absent or empty).
   */
  private record Layout(String[] words, String joined, byte[] ends, String skeleton, String[] parts) {}

  /**
   * Fills the arrays from each record's derived name ({@code derived[r]} null when absent). The
   * per-record layout is computed in parallel; interning then runs in record order, so every id
   * (the order of first appearance) is the same however the work was split.
   */
  final void fill(String[] raw, Derived[] derived) {
    int n = full.length;
    Layout[] laid = new Layout[n];
    java.util.stream.IntStream.range(0, n).parallel()
        .forEach(r -> laid[r] = derived[r] == null ? null : layout(derived[r]));
    Interner names = new Interner();
    Interner keys = new Interner();
    Interner tokens = new Interner();
    Interner words = new Interner();
    int present = 0;
    for (int r = 0; r < n; r++) {
      shown[r] = raw[r];
      Layout l = laid[r];
      if (l == null) {
        full[r] = -1;
        fullKey[r] = MISSING;
        for (int[] p : partIds) {
          p[r] = -1;
        }
        continue;
      }
      present++;
      int[] ids = new int[l.words.length];
      for (int t = 0; t < ids.length; t++) {
        ids[t] = words.id(l.words[t]);
      }
      tokenIds[r] = ids;
      full[r] = names.id(l.joined);
      text[r] = l.joined.toCharArray();
      ends[r] = l.ends;
      fullKey[r] = keys.id(l.skeleton);
      for (int p = 0; p < PARTS.length; p++) {
        partIds[p][r] = l.parts[p] == null ? -1 : tokens.id(l.parts[p]);
      }
    }
    for (int r = 0; r < n; r++) {
      tf[r] = full[r] < 0 ? Double.NaN : names.count(full[r]) / (double) present;
    }
  }

  /** The layout of one derived name, null when its normalized form is empty. */
  private static Layout layout(Derived d) {
    String[] split = plainWords(d.tokens);
    if (split == null) {
      // The general rule, for names over 255 chars or tokens with spaces or edge control chars.
      StringBuilder normalized = new StringBuilder();
      for (String t : d.tokens) {
        normalized.append(normalized.length() == 0 ? "" : " ").append(t);
      }
      if (normalized.length() == 0) {
        return null;
      }
      String cut = normalized.length() > 255 ? normalized.substring(0, 255) : normalized.toString();
      split = SPACES.split(cut.trim());
    }
    StringBuilder sb = new StringBuilder(256);
    byte[] e = new byte[split.length];
    for (int t = 0; t < split.length; t++) {
      sb.append(split[t]);
      e[t] = (byte) sb.length();
      split[t].hashCode(); // cached in the string, so interning in record order does not hash
    }
    String[] parts = new String[PARTS.length];
    for (int p = 0; p < PARTS.length; p++) {
      String given = d.parts[0];
      String t = p == 4 ? (given == null ? null : given.substring(0, Math.min(3, given.length()))) : d.parts[p];
      parts[p] = t == null || t.isEmpty() ? null : t;
      if (parts[p] != null) {
        parts[p].hashCode();
      }
    }
    String joined = sb.toString();
    joined.hashCode();
    d.skeleton.hashCode();
    return new Layout(split, joined, e, d.skeleton, parts);
  }

  /**
   * The tokens themselves when joining them by single spaces, cutting at 255 chars, trimming and
   * splitting at spaces would give them back unchanged; else null.
   */
  private static String[] plainWords(String[] tokens) {
    if (tokens.length == 0) {
      return null;
    }
    int length = tokens.length - 1;
    for (String t : tokens) {
      if (t.isEmpty() || t.indexOf(' ') >= 0) {
        return null;
      }
      length += t.length();
    }
    String first = tokens[0];
    String last = tokens[tokens.length - 1];
    return length <= 255 && first.charAt(0) > ' ' && last.charAt(last.length() - 1) > ' ' ? tokens : null;
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
    double min = 1.0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < ia.length; t++) {
      int at = ea[t] & 0xff;
      int bt = eb[t] & 0xff;
      if (ia[t] != ib[t]) {
        double j = Similarity.jaroWinkler(text[a], af, at, text[b], bf, bt, s);
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
