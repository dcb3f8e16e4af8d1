package org.sijil.core.names;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link NameParser#parse} for the many names of one column, each distinct word normalized once. A
 * million names are spelled with a few thousand words, and the parser normalizes, splits and
 * re-joins every name whole. Most words are read on their own: the normalizer maps each character
 * alone, so a name's normalized words are its space-separated raw words' normalized words in turn;
 * only the mending of fragments (a lone letter, noise) and the joining of compounds (particles such
 * as {@code عبد}, {@code الدين}, {@code بن}) look at a neighbour, and aliases in brackets span
 * words. So each distinct raw word is normalized once and remembered with whether one of its
 * normalized words is one those rules act on; a name whose words are all free of them is their
 * remembered words, and any other name goes through the parser whole. The tokens are the same
 * either way ({@code ArabicWordsTest}); equal tokens are one string, whose hash is computed once.
 *
 * <p>Holds one entry per distinct raw word and per distinct token; safe to share between threads.
 * Owned by its caller (a column being built), not global.
 */
public final class ArabicWords {

  /**
   * A name's comparison tokens in order and whether the chain ends in a patronymic ({@link
   * NameParser#role}).
   */
  public record Tokens(String[] texts, boolean patronymicEnd) {

    /** The role of token {@code i}, as {@link NameParser#parse} gives it. */
    public NameRole role(int i) {
      return NameParser.role(i, texts.length, patronymicEnd);
    }

    /** The chain {@link NameParser#parse} gives. */
    public NameChain chain() {
      return NameParser.chainOf(List.of(texts), patronymicEnd);
    }
  }

  private static final Tokens NONE = new Tokens(new String[0], false);

  /** A raw word's normalized words, or null when one of them reads its neighbours. */
  private record Pieces(String[] words) {}

  private static final Pieces IN_CONTEXT = new Pieces(null);

  private final Map<String, Pieces> pieces = new ConcurrentHashMap<>();
  private final Map<String, String> canonical = new ConcurrentHashMap<>();

  /** The tokens of {@link NameParser#parse}{@code (raw)}. */
  public Tokens tokens(String raw) {
    if (raw == null || raw.isEmpty()) {
      return NONE;
    }
    if (raw.indexOf('(') >= 0 || raw.indexOf(')') >= 0) {
      return whole(raw);
    }
    Pieces[] words = new Pieces[spaces(raw) + 1];
    int count = 0;
    int tokens = 0;
    int start = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i == raw.length() || raw.charAt(i) == ' ') {
        if (i > start) {
          Pieces p = pieces(raw.substring(start, i));
          if (p.words() == null) {
            return whole(raw);
          }
          words[count++] = p;
          tokens += p.words().length;
        }
        start = i + 1;
      }
    }
    if (count == 1) {
      return new Tokens(words[0].words(), false);
    }
    String[] texts = new String[tokens];
    int at = 0;
    for (int w = 0; w < count; w++) {
      String[] p = words[w].words();
      System.arraycopy(p, 0, texts, at, p.length);
      at += p.length;
    }
    return new Tokens(texts, false);
  }

  /** Number of distinct raw words seen (for tests and figures). */
  public int size() {
    return pieces.size();
  }

  private static int spaces(String raw) {
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private Pieces pieces(String word) {
    Pieces p = pieces.get(word);
    return p != null ? p : pieces.computeIfAbsent(word, this::alone);
  }

  /** One raw word normalized and split alone; {@link #IN_CONTEXT} when a word reads neighbours. */
  private Pieces alone(String word) {
    List<String> split = NameParser.split(ArabicNormalizer.standard().normalize(word));
    String[] out = new String[split.size()];
    for (int i = 0; i < out.length; i++) {
      String w = split.get(i);
      if (NameParser.readsNeighbours(w)) {
        return IN_CONTEXT;
      }
      out[i] = canonical(w);
    }
    return new Pieces(out);
  }

  /** The name through the parser whole, its tokens made canonical. */
  private Tokens whole(String raw) {
    boolean[] patronymicEnd = new boolean[1];
    List<String> words = NameParser.words(raw, patronymicEnd);
    String[] texts = new String[words.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = canonical(words.get(i));
    }
    return new Tokens(texts, patronymicEnd[0]);
  }

  private String canonical(String token) {
    String c = canonical.get(token);
    return c != null ? c : canonical.computeIfAbsent(token, t -> t);
  }
}
