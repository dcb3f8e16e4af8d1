package org.sijil.core.linkage;

import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameSimilarity;

/** Romanized names: normalized by the name engine, phonetic keys per token for blocking. */
final class LatinNameColumn extends NameColumn {

  private final String[] raw;

  LatinNameColumn(String field, String[] raw, String similarity) {
    super(field, raw.length, similarity);
    this.raw = raw;
    int n = raw.length;
    String[] normalized = new String[n];
    String[] skeleton = new String[n];
    String[][] parts = new String[n][];
    for (int r = 0; r < n; r++) {
      String v = raw[r];
      if (v == null || v.isBlank()) {
        continue;
      }
      String norm = LatinNormalizer.normalize(v);
      if (norm.isBlank()) {
        continue;
      }
      String[] tokens = norm.trim().split(" +");
      StringBuilder skel = new StringBuilder();
      String[] keys = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        keys[i] = NameKeys.latinPhonetic(tokens[i]);
        skel.append(keys[i]).append('|');
      }
      String[] p = new String[PARTS.length];
      p[0] = keys[0];
      if (tokens.length >= 2) {
        p[3] = keys[tokens.length - 1];
      }
      if (tokens.length >= 3) {
        p[1] = keys[1];
      }
      if (tokens.length >= 4) {
        p[2] = keys[2];
      }
      normalized[r] = String.join(" ", tokens);
      skeleton[r] = skel.toString();
      parts[r] = p;
    }
    fill(raw, normalized, parts, skeleton);
  }

  @Override
  double engine(int a, int b) {
    return NameSimilarity.latin(raw[a], raw[b]);
  }
}
