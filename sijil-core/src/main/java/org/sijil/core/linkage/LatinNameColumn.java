package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.core.names.LatinWords;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.names.NameVariants;
import org.sijil.core.names.Romanization;

/** Romanized names: normalized by the name engine, phonetic keys per token for blocking. */
final class LatinNameColumn extends NameColumn {

  /** The names as written, for the name engine's comparator only (null for the others). */
  private final String[] raw;

  /**
   * Whether names are compared in romanized words ({@code romanized_weakest_token}) and the parts
   * {@code full}, {@code father} and {@code grandfather} are blocking keys: only in a job holding a
   * record with a Latin name and no Arabic one, where the Latin name may carry a match alone. Where
   * every record with a Latin name has an Arabic one, the Latin name is mostly written from it: the
   * Arabic comparison and rules already see through spelling, a stricter Latin comparison tells
   * relatives apart better (synthetic lists: precision 0.9985 against 0.9979), and the Latin rules
   * would enumerate 17 million candidate pairs again on a million records. Such a job compares as
   * {@code weakest_token_jaro_winkler}.
   */
  private final boolean romanized;

  LatinNameColumn(String field, String[] raw, String similarity) {
    this(field, raw, similarity, null);
  }

  /**
   * @param arabic each record's Arabic name (null when absent), or null when unknown
   */
  LatinNameColumn(String field, String[] raw, String similarity, String[] arabic) {
    super(field, raw.length, similarity);
    this.raw = this.similarity == Kind.NAME_ENGINE ? raw : null;
    this.romanized =
        this.similarity == Kind.ROMANIZED_WEAKEST_TOKEN
            && (arabic == null || latinOnly(raw, arabic));
    // Millions of names are spelled with a few thousand words: each word's key is computed once.
    Map<String, Word> phonetic = new ConcurrentHashMap<>();
    if (romanized) {
      fill(raw, r -> romanized(raw[r], phonetic));
      skeletonIds = skeletonIds();
    } else {
      LatinWords words = new LatinWords();
      fill(raw, r -> derive(raw[r], phonetic, words));
    }
  }

  private static boolean latinOnly(String[] latin, String[] arabic) {
    for (int r = 0; r < latin.length; r++) {
      if (latin[r] != null && !latin[r].isBlank() && (arabic[r] == null || arabic[r].isBlank())) {
        return true;
      }
    }
    return false;
  }

  @Override
  long key(String part, int r) {
    return withoutKey(part) ? MISSING : super.key(part, r);
  }

  @Override
  java.util.function.IntToLongFunction keys(String part) {
    return withoutKey(part) ? r -> MISSING : super.keys(part);
  }

  /** Whether the part gives no blocking key in this job (see {@link #romanized}). */
  private boolean withoutKey(String part) {
    return !romanized
        && similarity == Kind.ROMANIZED_WEAKEST_TOKEN
        && part != null
        && (part.equals("full") || part.equals("father") || part.equals("grandfather"));
  }

  /**
   * A reduced word as compared: its learnt canonical spelling ({@link NameVariants#shipped()}) and
   * that spelling's skeleton.
   */
  static Word word(String reduced) {
    String c = NameVariants.shipped().canonical(reduced);
    return new Word(c, Romanization.skeleton(c));
  }

  /** The reduced words of one name ({@link Romanization}) with their skeletons as keys. */
  private static Derived romanized(String v, Map<String, Word> words) {
    if (v == null || v.isBlank()) {
      return null;
    }
    List<String> reduced = Romanization.latin(v);
    if (reduced.isEmpty()) {
      return null;
    }
    String[] tokens = new String[reduced.size()];
    String[] keys = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Word w = words.computeIfAbsent(reduced.get(i), LatinNameColumn::word);
      tokens[i] = w.text();
      keys[i] = w.key();
    }
    return new Derived(tokens, parts(keys), NameLayout.skeleton(keys));
  }

  /** The normalized tokens of one name with their phonetic keys; null when nothing is left. */
  private static Derived derive(String v, Map<String, Word> phonetic, LatinWords normalizer) {
    if (v == null || v.isBlank()) {
      return null;
    }
    List<String> words = normalizer.tokens(v);
    if (words.isEmpty()) {
      return null;
    }
    String[] tokens = words.toArray(String[]::new);
    String[] keys = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Word w = phonetic.get(tokens[i]);
      if (w == null) {
        w = phonetic.computeIfAbsent(tokens[i], t -> new Word(t, NameKeys.latinPhonetic(t)));
      }
      tokens[i] = w.text();
      keys[i] = w.key();
    }
    return new Derived(tokens, parts(keys), NameLayout.skeleton(keys));
  }

  /** Given, father, grandfather, family by position: the first, second, third and last words. */
  static String[] parts(String[] keys) {
    String[] p = new String[PARTS.length];
    p[0] = keys[0];
    if (keys.length >= 2) {
      p[3] = keys[keys.length - 1];
    }
    if (keys.length >= 3) {
      p[1] = keys[1];
    }
    if (keys.length >= 4) {
      p[2] = keys[2];
    }
    return p;
  }

  @Override
  double engine(int a, int b) {
    return NameSimilarity.latin(raw[a], raw[b]);
  }
}
