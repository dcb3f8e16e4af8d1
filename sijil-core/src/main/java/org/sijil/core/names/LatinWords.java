package org.sijil.core.names;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LatinNormalizer#tokens} for the many names of one column, each distinct word's rules
 * worked out once. A million names are spelled with a few thousand words, and {@code tokens} runs
 * every word of every name through its letter rules at least twice (its rounds stop when nothing
 * changes). Most words are normalized on their own: only the joining rules (articles, {@code abd},
 * {@code abu}, {@code din}, {@code allah}) and the glosses "son of" / "daughter of" look at a
 * neighbour. So each distinct word is taken through the rounds alone once, and remembered with
 * whether any round met such a rule; a name whose words all went through without one is its words'
 * remembered forms, and any other name goes through {@link LatinNormalizer#tokens} itself. The
 * tokens are the same either way ({@code LatinWordsTest}); equal tokens are one string, whose hash
 * is computed once.
 *
 * <p>Holds one entry per distinct word it has seen; safe to share between threads. Owned by its
 * caller (a column being built), not global.
 */
public final class LatinWords {

  /** A word's form after the rounds, or null when a round met a rule that reads its neighbours. */
  private record Form(String text) {}

  /** The form of a word that needs its name. */
  private static final Form IN_CONTEXT = new Form(null);

  private final Map<String, Form> forms = new ConcurrentHashMap<>();

  /**
   * Each distinct space-separated raw word's forms: its folded words' forms in turn, or {@link
   * #NEEDS_NAME} when one of them needs its name. Folding maps a raw word alone as within its name
   * (accents are decomposed and letters lowercased within the word; a space ends a run of letters),
   * so a name's folded words are its raw words' folded words in turn, and a name of raw words seen
   * before makes no copy of its letters.
   */
  private final Map<String, String[]> rawWords = new ConcurrentHashMap<>();

  /** The forms of a raw word with a word that needs its name (compared by identity). */
  private static final String[] NEEDS_NAME = {null};

  /** {@link LatinNormalizer#tokens} of {@code latin}. */
  public List<String> tokens(String latin) {
    if (latin == null || latin.isEmpty()) {
      return new java.util.ArrayList<>();
    }
    String[][] words = new String[spaces(latin) + 1][];
    int count = 0;
    int tokens = 0;
    WordProbe probe = new WordProbe();
    int start = 0;
    for (int i = 0; i <= latin.length(); i++) {
      if (i == latin.length() || latin.charAt(i) == ' ') {
        if (i > start) {
          String[] f = rawWord(probe.at(latin, start, i));
          if (f == NEEDS_NAME) {
            return LatinNormalizer.tokens(latin);
          }
          words[count++] = f;
          tokens += f.length;
        }
        start = i + 1;
      }
    }
    String[] out = new String[tokens];
    int at = 0;
    for (int w = 0; w < count; w++) {
      System.arraycopy(words[w], 0, out, at, words[w].length);
      at += words[w].length;
    }
    return java.util.Arrays.asList(out);
  }

  private static int spaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /** A raw word's forms, looked up by its chars (no string made unless the word is new). */
  // A probe equals the string of its chars (WordProbe): the look-up finds the stored string.
  @SuppressWarnings("CollectionIncompatibleType")
  private String[] rawWord(WordProbe word) {
    String[] f = rawWords.get(word);
    return f != null ? f : rawWords.computeIfAbsent(word.word(), this::formsOf);
  }

  /** The forms of one raw word's folded words, {@link #NEEDS_NAME} when one needs its name. */
  private String[] formsOf(String word) {
    List<String> folded = LatinNormalizer.folded(word);
    String[] out = new String[folded.size()];
    for (int i = 0; i < out.length; i++) {
      Form f = forms.computeIfAbsent(folded.get(i), LatinWords::alone);
      if (f.text() == null) {
        return NEEDS_NAME;
      }
      out[i] = f.text();
    }
    return out;
  }

  /** Number of distinct words seen (for tests and figures). */
  public int size() {
    return forms.size();
  }

  /**
   * The rounds of {@link LatinNormalizer#tokens} on one folded word as if it were alone: the first
   * pass and up to {@link LatinNormalizer#MORE_ROUNDS} more, stopping when a round changes nothing;
   * {@link #IN_CONTEXT} when a round's lettered word is one the joining rules act on, or the word
   * is the "of" of a gloss. A name's rounds go on while any of its words changes, and a settled
   * word stays as it is, so each word ends as it ends here.
   */
  private static Form alone(String folded) {
    if (folded.equals("of")) {
      return IN_CONTEXT;
    }
    String current = folded;
    for (int round = 0; round <= LatinNormalizer.MORE_ROUNDS; round++) {
      String lettered = LatinNormalizer.letters(current);
      if (LatinNormalizer.isParticle(lettered)) {
        return IN_CONTEXT;
      }
      String next = LatinNormalizer.glued(lettered);
      if (round > 0 && next.equals(current)) {
        return new Form(current);
      }
      current = next;
    }
    return new Form(current);
  }
}
