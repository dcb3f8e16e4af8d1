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

  final int[] full;
  final char[][] text;
  /** End offset of each token in {@link #text} (names are cut at 255 chars). */
  final byte[][] ends;
  final int[][] partIds;
  final long[] fullKey;
  final double[] tf;
  final String[] shown;
  final String similarity;

  NameColumn(String field, int n, String similarity) {
    super(field);
    this.full = new int[n];
    this.text = new char[n][];
    this.ends = new byte[n][];
    this.partIds = new int[PARTS.length][n];
    this.fullKey = new long[n];
    this.tf = new double[n];
    this.shown = new String[n];
    this.similarity = similarity == null ? "token_jaro_winkler" : similarity;
    if (!java.util.List.of("token_jaro_winkler", "jaro_winkler", "name_engine").contains(this.similarity)) {
      throw new IllegalArgumentException(field + ": unknown similarity '" + similarity
          + "' (known: token_jaro_winkler, jaro_winkler, name_engine)");
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
      String[] words = joined.trim().split(" +");
      StringBuilder sb = new StringBuilder(joined.length());
      byte[] e = new byte[words.length];
      for (int t = 0; t < words.length; t++) {
        sb.append(words[t]);
        e[t] = (byte) sb.length();
      }
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
    return switch (similarity) {
      case "name_engine" -> engine(a, b);
      case "jaro_winkler" -> Similarity.jaroWinkler(text[a], text[b], s);
      default -> Similarity.tokens(text[a], ends[a], text[b], ends[b], s);
    };
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
