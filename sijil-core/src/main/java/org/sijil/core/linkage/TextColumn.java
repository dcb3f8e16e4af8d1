package org.sijil.core.linkage;

import java.util.Locale;
import java.util.Set;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;
import org.sijil.core.names.ArabicNormalizer;

/**
 * Free text or a category: trimmed, case-folded, Arabic letter variants folded, spaces collapsed.
 * Categories compare by equality only; text also by Jaro-Winkler.
 */
final class TextColumn extends FeatureColumn {

  private final int[] id;
  private final char[][] text;
  private final double[] tf;
  private final String[] shown;
  private final boolean category;

  TextColumn(String field, String[] raw, boolean category) {
    super(field);
    this.category = category;
    int n = raw.length;
    id = new int[n];
    text = new char[n][];
    tf = new double[n];
    shown = raw.clone();
    Interner interner = new Interner();
    int present = 0;
    for (int r = 0; r < n; r++) {
      String v = raw[r] == null ? "" : normalize(raw[r]);
      if (v.isEmpty()) {
        id[r] = -1;
        continue;
      }
      present++;
      id[r] = interner.id(v);
      text[r] = v.toCharArray();
    }
    for (int r = 0; r < n; r++) {
      tf[r] = id[r] < 0 ? Double.NaN : interner.count(id[r]) / (double) present;
    }
  }

  static String normalize(String v) {
    return ArabicNormalizer.standard().normalize(v.toLowerCase(Locale.ROOT)).trim();
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
  boolean supports(TestKind kind) {
    return kind == TestKind.NULL || kind == TestKind.EXACT || kind == TestKind.ELSE
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
    return shown[r];
  }
}
