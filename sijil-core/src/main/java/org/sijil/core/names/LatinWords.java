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
 * remembered forms. Any other name (about a fifth) goes through {@code tokens}'s rounds on its
 * remembered folded words, the letter rules of each word looked up (they read one word), so only
 * the glosses and the joining are worked out per name. The tokens are the same either way ({@code
 * LatinWordsTest}); equal tokens of the first kind are one string, whose hash is computed once.
 *
 * <p>Holds one entry per distinct word it has seen; safe to share between threads. Owned by its
 * caller (a column being built), not global.
 */
public final class LatinWords {

  /** A word's form after the rounds, or null when a round met a rule that reads its neighbours. */
  private record Form(String text) {}

  /** The form of a word that needs its name. */
  private static final Form IN_CONTEXT = new Form(null);

  /**
   * A space-separated raw word's folded words and their forms, the forms null when one of them
   * needs its name.
   */
  private record RawWord(String[] folded, String[] forms) {}

  private final Map<String, Form> forms = new ConcurrentHashMap<>();

  /**
   * Each distinct space-separated raw word. Folding maps a raw word alone as within its name
   * (accents are decomposed and letters lowercased within the word; a space ends a run of letters),
   * so a name's folded words are its raw words' folded words in turn, and a name of raw words seen
   * before makes no copy of its letters.
   */
  private final Map<String, RawWord> rawWords = new ConcurrentHashMap<>();

  /**
   * {@link LatinNormalizer#letters} of each word met in a name that needs its name: folded words
   * and the compounds the joining makes of them.
   */
  private final Map<String, String> lettered = new ConcurrentHashMap<>();

  /** {@link LatinNormalizer#tokens} of {@code latin}. */
  public List<String> tokens(String latin) {
    if (latin == null || latin.isEmpty()) {
      return new java.util.ArrayList<>();
    }
    RawWord[] words = new RawWord[spaces(latin) + 1];
    int count = 0;
    boolean needsName = false;
    WordProbe probe = new WordProbe();
    int start = 0;
    for (int i = 0; i <= latin.length(); i++) {
      if (i == latin.length() || latin.charAt(i) == ' ') {
        if (i > start) {
          RawWord w = rawWord(probe.at(latin, start, i));
          words[count++] = w;
          needsName |= w.forms() == null;
        }
        start = i + 1;
      }
    }
    if (needsName) {
      return LatinNormalizer.rounds(concat(words, count, RawWord::folded), this::lettered);
    }
    return concat(words, count, RawWord::forms);
  }

  /** The first {@code count} raw words' folded words or forms, in turn. */
  private static List<String> concat(
      RawWord[] words, int count, java.util.function.Function<RawWord, String[]> part) {
    int tokens = 0;
    for (int w = 0; w < count; w++) {
      tokens += part.apply(words[w]).length;
    }
    String[] out = new String[tokens];
    int at = 0;
    for (int w = 0; w < count; w++) {
      String[] p = part.apply(words[w]);
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
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

  /** A raw word, looked up by its chars (no string made unless the word is new). */
  // A probe equals the string of its chars (WordProbe): the look-up finds the stored string.
  @SuppressWarnings("CollectionIncompatibleType")
  private RawWord rawWord(WordProbe word) {
    RawWord w = rawWords.get(word);
    return w != null ? w : rawWords.computeIfAbsent(word.word(), this::rawWordOf);
  }

  /** One raw word's folded words and their forms, the forms null when one needs its name. */
  private RawWord rawWordOf(String word) {
    String[] folded = LatinNormalizer.folded(word).toArray(String[]::new);
    String[] out = new String[folded.length];
    for (int i = 0; i < out.length; i++) {
      Form f = forms.computeIfAbsent(folded[i], LatinWords::alone);
      if (f.text() == null) {
        return new RawWord(folded, null);
      }
      out[i] = f.text();
    }
    return new RawWord(folded, out);
  }

  private String lettered(String word) {
    String l = lettered.get(word);
    return l != null ? l : lettered.computeIfAbsent(word, LatinNormalizer::letters);
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
