package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a raw Arabic name into a {@link NameChain}: normalizes it, mends split-off letters and
 * drops noise tokens ({@link #mendFragments}), joins compounds into one token (see {@link
 * Compounds}), drops patronymic connectors, and assigns roles. With n tokens the roles are: 1
 * GIVEN; 2 GIVEN FAMILY; 3 GIVEN FATHER FAMILY; 4 GIVEN FATHER GRANDFATHER FAMILY; 5+ adds ANCESTOR
 * before FAMILY. A chain written with connectors to its end ({@code محمد بن علي}) has no FAMILY:
 * its last token is a forefather.
 */
public final class NameParser {

  private NameParser() {}

  /** The chain of {@code raw} (parenthesized aliases excluded); empty for null or blank input. */
  public static NameChain parse(String raw) {
    return parseFull(raw).chain();
  }

  /** The chain plus the normalized form and parenthesized aliases. */
  public static ParsedName parseFull(String raw) {
    if (raw == null || raw.isEmpty()) {
      return new ParsedName(raw, "", new NameChain(List.of()), List.of());
    }
    List<String> aliases = new ArrayList<>(0);
    String main = raw.indexOf('(') < 0 && raw.indexOf(')') < 0 ? raw : extractAliases(raw, aliases);
    String normalized = ArabicNormalizer.standard().normalize(main);
    List<String> normalizedAliases = new ArrayList<>();
    for (String a : aliases) {
      List<String> tokens = joinCompounds(split(ArabicNormalizer.standard().normalize(a)), null);
      if (!tokens.isEmpty()) {
        normalizedAliases.add(String.join(" ", tokens));
      }
    }
    return new ParsedName(raw, normalized, chainOf(normalized), normalizedAliases);
  }

  /**
   * The comparison tokens of {@code raw} (the texts of {@link #parse}), without building the chain
   * objects: the lean path of key computation.
   */
  static List<String> tokens(String raw) {
    return words(raw, null);
  }

  /** The chain of an already-normalized name (no alias extraction, no normalization). */
  static NameChain chainOf(String normalized) {
    boolean[] patronymicEnd = new boolean[1];
    List<String> tokens = joinCompounds(mendFragments(split(normalized)), patronymicEnd);
    return chainOf(tokens, patronymicEnd[0]);
  }

  /** The chain of a name's comparison tokens, each with its {@link #role}. */
  static NameChain chainOf(List<String> tokens, boolean patronymicEnd) {
    List<NameToken> out = new ArrayList<>(tokens.size());
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      out.add(new NameToken(tokens.get(i), role(i, n, patronymicEnd)));
    }
    return new NameChain(out);
  }

  /**
   * The role of the token at {@code index} of a chain of {@code size} tokens; {@code patronymicEnd}
   * when the chain is written with connectors to its end, so that it has no family.
   */
  public static NameRole role(int index, int size, boolean patronymicEnd) {
    boolean hasFamily = size >= 2 && !patronymicEnd;
    if (index == 0) {
      return NameRole.GIVEN;
    } else if (hasFamily && index == size - 1) {
      return NameRole.FAMILY;
    } else if (index == 1) {
      return NameRole.FATHER;
    } else if (index == 2) {
      return NameRole.GRANDFATHER;
    }
    return NameRole.ANCESTOR;
  }

  /**
   * The comparison tokens of the chain of {@code raw} ({@link #parse}'s texts), with {@code
   * patronymicEnd[0]} set when the chain has no family; empty for null or empty input.
   */
  static List<String> words(String raw, boolean[] patronymicEnd) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    String main = raw;
    if (raw.indexOf('(') >= 0 || raw.indexOf(')') >= 0) {
      main = extractAliases(raw, new ArrayList<>());
    }
    String normalized = ArabicNormalizer.standard().normalize(main);
    return joinCompounds(mendFragments(split(normalized)), patronymicEnd);
  }

  /**
   * Repairs word-level extraction damage in the comparison form: drops noise tokens made of one
   * repeated Arabic letter ({@code نن}), and joins a lone Arabic letter split off a word to its
   * neighbour — the next word when it is first ({@code م حمد}), else the previous ({@code اري ج}).
   */
  static List<String> mendFragments(List<String> words) {
    boolean any = false;
    for (String w : words) {
      if (isLoneLetter(w) || isNoise(w)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return words;
    }
    List<String> kept = new ArrayList<>(words.size());
    for (String w : words) {
      if (!isNoise(w)) {
        kept.add(w);
      }
    }
    List<String> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      String w = kept.get(i);
      if (isLoneLetter(w) && kept.size() > 1) {
        if (out.isEmpty() && i + 1 < kept.size()) {
          kept.set(i + 1, w + kept.get(i + 1));
          continue;
        }
        if (!out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + w);
          continue;
        }
      }
      out.add(w);
    }
    out.removeIf(NameParser::isNoise); // joining two lone letters can make noise (م م)
    return out;
  }

  /**
   * Whether {@link #mendFragments} or {@link #joinCompounds} would act on a name holding the token
   * {@code w}: a lone letter, noise, or a compound's particle. A name without such a token is its
   * normalized words as they are.
   */
  static boolean readsNeighbours(String w) {
    return isLoneLetter(w) || isNoise(w) || Compounds.isParticle(w);
  }

  private static boolean isLoneLetter(String w) {
    return w.length() == 1 && ArabicLetters.isArabicLetter(w.charAt(0));
  }

  /** Two or three copies of one Arabic letter: never a name. */
  private static boolean isNoise(String w) {
    if (w.length() < 2 || w.length() > 3 || !ArabicLetters.isArabicLetter(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (w.charAt(i) != w.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  static List<String> split(String normalized) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean space = i == normalized.length() || Character.isWhitespace(normalized.charAt(i));
      if (space) {
        if (start >= 0) {
          parts.add(normalized.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return parts;
  }

  /**
   * Drops connectors between two names, then joins suffixes to the word before them, then prefixes
   * to the word after them (right to left, so {@code ابو عبد الله} becomes one token).
   */
  static List<String> joinCompounds(List<String> words, boolean[] patronymicEnd) {
    boolean any = false;
    for (String w : words) {
      if (Compounds.isParticle(w)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return words; // the common case: nothing to join
    }
    List<String> named = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && i < words.size() - 1 && Compounds.CONNECTORS.contains(w)) {
        if (patronymicEnd != null && i == words.size() - 2) {
          patronymicEnd[0] = true;
        }
        continue;
      }
      named.add(w);
    }
    List<String> joined = new ArrayList<>(named.size());
    for (String w : named) {
      if (!joined.isEmpty() && Compounds.SUFFIXES.contains(w)) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + w);
      } else {
        joined.add(w);
      }
    }
    List<String> out = new ArrayList<>(joined.size());
    for (int i = joined.size() - 1; i >= 0; i--) {
      String w = joined.get(i);
      if (!out.isEmpty() && Compounds.PREFIXES.contains(w)) {
        out.set(out.size() - 1, w + out.get(out.size() - 1));
      } else {
        out.add(w);
      }
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * Removes parenthesized parts from {@code raw} into {@code aliases}. Accepts {@code (X)}, the
   * flipped {@code )X(} of right-to-left extraction, and an unclosed bracket running to the end.
   */
  static String extractAliases(String raw, List<String> aliases) {
    StringBuilder main = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '(' || c == ')') {
        char close = c == '(' ? ')' : '(';
        int end = raw.indexOf(close, i + 1);
        int stop = end < 0 ? raw.length() : end;
        String inner = raw.substring(i + 1, stop);
        if (!inner.isBlank()) {
          aliases.add(inner);
        }
        main.append(' ');
        i = stop + 1;
      } else {
        main.append(c);
        i++;
      }
    }
    return main.toString();
  }
}
