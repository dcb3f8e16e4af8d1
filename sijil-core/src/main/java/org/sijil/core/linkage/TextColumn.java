package org.sijil.core.linkage;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;
import org.sijil.core.names.ArabicNormalizer;

/**
 * Free text or a category: trimmed, case-folded, Arabic letter variants folded, spaces collapsed.
 * Categories compare by equality only; text also by Jaro-Winkler.
 */
final class TextColumn extends FeatureColumn {

  private final int[] id;

  /** Each record's letters, for the similarity of free text; null for a category (ids only). */
  private final char[][] text;

  private final double[] tf;

  /** The text shown for a record, read when asked (see {@link #showFrom}). */
  private java.util.function.IntFunction<String> shown;

  private final boolean category;

  TextColumn(String field, String[] raw, boolean category) {
    super(field);
    this.category = category;
    int n = raw.length;
    id = new int[n];
    // A category compares ids alone: no letters (an id column has a million distinct values).
    text = category ? null : new char[n][];
    tf = new double[n];
    String[] kept = raw.clone();
    shown = r -> kept[r];
    String[] normalized = normalizeAll(raw);
    Interner.Interned interned = Interner.all(normalized);
    double present = java.util.Arrays.stream(normalized).filter(java.util.Objects::nonNull).count();
    // Records with one text share its letters (places repeat).
    char[][] letters = new char[category ? 0 : interned.counts().length][];
    for (int r = 0; r < n && !category; r++) {
      int i = interned.ids()[r];
      if (i >= 0 && letters[i] == null) {
        letters[i] = normalized[r].toCharArray();
      }
    }
    IntStream.range(0, n)
        .parallel()
        .forEach(
            r -> {
              id[r] = interned.ids()[r];
              if (text != null) {
                text[r] = id[r] < 0 ? null : letters[id[r]];
              }
              tf[r] = id[r] < 0 ? Double.NaN : interned.count(id[r]) / present;
            });
  }

  /**
   * Every value normalized, null when absent or empty, in parallel. Values already in normal form
   * (codes, numbers, lower-case words) are kept as they are; the others repeat (a few places,
   * categories), so each distinct one is normalized once.
   */
  private static String[] normalizeAll(String[] raw) {
    Map<String, String> memo = new ConcurrentHashMap<>();
    return IntStream.range(0, raw.length)
        .parallel()
        .mapToObj(
            r -> {
              String v = raw[r];
              String s =
                  v == null ? "" : isNormal(v) ? v : memo.computeIfAbsent(v, TextColumn::normalize);
              return s.isEmpty() ? null : s;
            })
        .toArray(String[]::new);
  }

  /**
   * Whether {@link #normalize} leaves {@code v} as it is: printable ASCII without upper case or
   * spaces has nothing to fold, trim or collapse, and no Arabic letters.
   */
  static boolean isNormal(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c >= 0x7F || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Case-folded with spaces collapsed; Arabic-script values also through the name engine's letter
   * folding (which is for Arabic letters only: digits and Latin text are left as written).
   */
  static String normalize(String v) {
    String s = v.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return ArabicNormalizer.standard().normalize(s).trim();
      }
    }
    return s;
  }

  @Override
  boolean isNull(int r) {
    return id[r] < 0;
  }

  @Override
  boolean exact(int a, int b) {
    return id[a] == id[b];
  }

  @Override
  int touch(int r) {
    // Categories compare ids only; text also reads its letters for the similarity.
    return id[r] < 0 || category ? id[r] : text[r].length;
  }

  @Override
  boolean supports(TestKind kind) {
    return kind == TestKind.NULL
        || kind == TestKind.EXACT
        || kind == TestKind.ELSE
        || (!category && kind == TestKind.SIMILARITY);
  }

  @Override
  double similarity(int a, int b, Scratch s) {
    return Similarity.jaroWinkler(text[a], text[b], s);
  }

  @Override
  double termFrequency(int r) {
    return tf[r];
  }

  @Override
  long key(String part, int r) {
    if (part != null) {
      throw new IllegalArgumentException("unknown part " + field + "." + part);
    }
    return id[r] < 0 ? MISSING : id[r];
  }

  @Override
  Set<String> parts() {
    return Set.of();
  }

  @Override
  String display(int r) {
    return shown.apply(r);
  }

  @Override
  void showFrom(java.util.function.IntFunction<String> source) {
    shown = source;
  }
}
