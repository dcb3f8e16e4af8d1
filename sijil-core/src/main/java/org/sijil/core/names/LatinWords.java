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

  /** {@link LatinNormalizer#tokens} of {@code latin}. */
  public List<String> tokens(String latin) {
    List<String> words = LatinNormalizer.folded(latin);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Form f = forms.get(w);
      if (f == null) {
        f = forms.computeIfAbsent(w, LatinWords::alone);
      }
      if (f.text() == null) {
        return LatinNormalizer.tokens(latin);
      }
      words.set(i, f.text());
    }
    return words;
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
