package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameSimilarity;

/** Romanized names: normalized by the name engine, phonetic keys per token for blocking. */
final class LatinNameColumn extends NameColumn {

  private final String[] raw;

  LatinNameColumn(String field, String[] raw, String similarity) {
    super(field, raw.length, similarity);
    this.raw = raw;
    // Millions of names are spelled with a few thousand words: each word's key is computed once.
    Map<String, Word> phonetic = new ConcurrentHashMap<>();
    fill(raw, r -> derive(raw[r], phonetic));
  }

  /** The normalized tokens of one name with their phonetic keys; null when nothing is left. */
  private static Derived derive(String v, Map<String, Word> phonetic) {
    if (v == null || v.isBlank()) {
      return null;
    }
    List<String> words = LatinNormalizer.tokens(v);
    if (words.isEmpty()) {
      return null;
    }
    String[] tokens = words.toArray(String[]::new);
    StringBuilder skel = new StringBuilder();
    String[] keys = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Word w = phonetic.get(tokens[i]);
      if (w == null) {
        w = phonetic.computeIfAbsent(tokens[i], t -> new Word(t, NameKeys.latinPhonetic(t)));
      }
      tokens[i] = w.text();
      keys[i] = w.key();
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
    return new Derived(tokens, p, skel.toString());
  }

  @Override
  double engine(int a, int b) {
    return NameSimilarity.latin(raw[a], raw[b]);
  }
}
