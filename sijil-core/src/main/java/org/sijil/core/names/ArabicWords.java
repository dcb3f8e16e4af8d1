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
 * words. So each distinct raw word is normalized and split once and remembered with whether one of
 * its words is one those rules act on; a name whose words are all free of them is their remembered
 * words, a name with such a word is its remembered words mended and joined by the parser's rules,
 * and a name with brackets goes through the parser whole. The tokens are the same every way ({@code
 * ArabicWordsTest}); equal tokens are one string, whose hash is computed once.
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

  /**
   * A raw word's normalized words, and whether one of them is one that {@link
   * NameParser#mendFragments} or {@link NameParser#joinCompounds} act on.
   */
  private record Pieces(String[] words, boolean readNeighbours) {}

  private final Map<String, Pieces> pieces = new ConcurrentHashMap<>();
  private final Map<String, String> canonical = new ConcurrentHashMap<>();

  /**
   * The tokens of {@link NameParser#parse}{@code (raw)}. The array may be shared with other names:
   * it is not to be changed.
   */
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
    boolean readNeighbours = false;
    WordProbe probe = new WordProbe();
    int start = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i == raw.length() || raw.charAt(i) == ' ') {
        if (i > start) {
          Pieces p = pieces(probe.at(raw, start, i));
          words[count++] = p;
          tokens += p.words().length;
          readNeighbours |= p.readNeighbours();
        }
        start = i + 1;
      }
    }
    if (count == 1 && !readNeighbours) {
      return new Tokens(words[0].words(), false);
    }
    String[] texts = new String[tokens];
    int at = 0;
    for (int w = 0; w < count; w++) {
      String[] p = words[w].words();
      System.arraycopy(p, 0, texts, at, p.length);
      at += p.length;
    }
    return readNeighbours ? joined(texts) : new Tokens(texts, false);
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

  /** A raw word's pieces, looked up by its chars (no string made unless the word is new). */
  // A probe equals the string of its chars (WordProbe): the look-up finds the stored string.
  @SuppressWarnings("CollectionIncompatibleType")
  private Pieces pieces(WordProbe word) {
    Pieces p = pieces.get(word);
    return p != null ? p : pieces.computeIfAbsent(word.word(), this::alone);
  }

  /** One raw word normalized and split alone, its words canonical. */
  private Pieces alone(String word) {
    List<String> split = NameParser.split(ArabicNormalizer.standard().normalize(word));
    String[] out = new String[split.size()];
    boolean readNeighbours = false;
    for (int i = 0; i < out.length; i++) {
      out[i] = canonical(split.get(i));
      readNeighbours |= NameParser.readsNeighbours(out[i]);
    }
    return new Pieces(out, readNeighbours);
  }

  /**
   * A name's normalized words mended and joined as the parser does it (the parser's normalized
   * words are the raw words' normalized words in turn), the tokens made canonical.
   */
  private Tokens joined(String[] normalized) {
    boolean[] patronymicEnd = new boolean[1];
    List<String> words =
        NameParser.joinCompounds(
            NameParser.mendFragments(java.util.Arrays.asList(normalized)), patronymicEnd);
    return canonicalTokens(words, patronymicEnd[0]);
  }

  /** The name through the parser whole (its aliases in brackets span words). */
  private Tokens whole(String raw) {
    boolean[] patronymicEnd = new boolean[1];
    List<String> words = NameParser.words(raw, patronymicEnd);
    return canonicalTokens(words, patronymicEnd[0]);
  }

  private Tokens canonicalTokens(List<String> words, boolean patronymicEnd) {
    String[] texts = new String[words.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = canonical(words.get(i));
    }
    return new Tokens(texts, patronymicEnd);
  }

  private String canonical(String token) {
    String c = canonical.get(token);
    return c != null ? c : canonical.computeIfAbsent(token, t -> t);
  }
}
