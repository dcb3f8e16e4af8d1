package org.sijil.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two spellings of a name cut it into tokens differently. Publishers write a compound joined
 * ({@code ابوالعيش}, {@code Abdmesbah}) or apart ({@code Abual-eish}, {@code عبد مصباح}), and the
 * Latin normalizer joins a particle to the next word even where it was a name of its own ({@code
 * Abd Eyad} → {@code abdalayad}, {@code Abi Yousef} → {@code abuyusaf}). Rules:
 *
 * <ul>
 *   <li>Two adjacent tokens are also matched as one ({@link #pairs}).
 *   <li>A Latin token the normalizer joined after {@code abd}/{@code abu} (optionally behind the
 *       article) or before {@code alah}/{@code aldin} is also indexed as its two parts, and queried
 *       by the part that is not the particle ({@link #latinSplit}); a token that is only the
 *       particle {@code -ud-din} written apart ({@code Salah-ud-din} → {@code sala, udaldin}) is
 *       the particle {@code aldin}.
 *   <li>{@code Hlla} is the romanization of هللا, the reversed lam-alef reading of الله in damaged
 *       PDF text (see {@link org.sijil.core.names.NameReadings}), and is read as {@code alah}
 *       ({@link #latinReading}).
 * </ul>
 */
final class TokenJoins {

  /** Shortest part a joined token is split into. */
  static final int MIN_PART = 3;

  /** Joined prefixes as {@link org.sijil.core.names.LatinNormalizer} writes them. */
  private static final List<String> PREFIXES = List.of("alabdal", "abdal", "abu");

  /** The particle each prefix stands for. */
  private static final List<String> PARTICLES = List.of("alabd", "abd", "abu");

  private static final List<String> SUFFIXES = List.of("alah", "aldin");

  /** Letters a romanization writes before {@code aldin} when the particle stands apart. */
  private static final int PARTICLE_VOWELS = 2;

  /** Latin romanizations of the damaged reading هللا of الله, as normalized. */
  private static final java.util.Set<String> REVERSED_ALLAH = java.util.Set.of("hla", "hlla");

  private TokenJoins() {}

  /** The token as read: {@code alah} for a romanized reversed الله, otherwise the token. */
  static String latinReading(String token) {
    return REVERSED_ALLAH.contains(token) ? "alah" : token;
  }

  /** Each two adjacent tokens written as one, in order. */
  static List<String> pairs(List<String> tokens) {
    List<String> out = new ArrayList<>(Math.max(0, tokens.size() - 1));
    for (int i = 0; i + 1 < tokens.size(); i++) {
      out.add(tokens.get(i) + tokens.get(i + 1));
    }
    return out;
  }

  /**
   * The particle and the name of a Latin token joined by the normalizer ({@code abdalayad} → {@code
   * abd, ayad}; {@code nasralah} → {@code nasr, alah}), the name first; empty when the token is not
   * such a join or a part would be shorter than {@link #MIN_PART}.
   */
  static List<String> latinSplit(String token) {
    for (int i = 0; i < PREFIXES.size(); i++) {
      String p = PREFIXES.get(i);
      if (token.startsWith(p) && token.length() - p.length() >= MIN_PART) {
        return List.of(token.substring(p.length()), PARTICLES.get(i));
      }
    }
    if (token.endsWith("aldin")
        && token.length() > "aldin".length()
        && token.length() <= "aldin".length() + PARTICLE_VOWELS) {
      return List.of("aldin");
    }
    for (String s : SUFFIXES) {
      if (token.endsWith(s) && token.length() - s.length() >= MIN_PART) {
        return List.of(token.substring(0, token.length() - s.length()), s);
      }
    }
    return List.of();
  }
}
