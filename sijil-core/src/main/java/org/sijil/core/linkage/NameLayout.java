package org.sijil.core.linkage;

import java.util.Map;

/**
 * A derived name laid out for a {@link NameColumn}'s arrays: the normalized name cut at 255 chars
 * and split at its spaces into {@code words}; their letters run together ({@code letters}: the
 * column keeps them, and interns them as they are, with no string made per record), with the end of
 * each word; the whole-name key ({@code skeleton}); and the keys of all {@link NameColumn#PARTS}
 * (null when absent or empty).
 */
record NameLayout(String[] words, char[] letters, byte[] ends, char[] skeleton, String[] parts) {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

  /**
   * What many records of a column share, made once: the given3 part of each given name (the word
   * ends are copied into {@link NameRows}, so their patterns need no sharing).
   */
  record Shared(Map<String, String> prefixes) {}

  /**
   * The key of a whole name: its tokens' keys, each followed by {@code '|'}, as the letters to
   * intern (no builder or string per record).
   */
  static char[] skeleton(String[] keys) {
    int length = 0;
    for (String k : keys) {
      length += String.valueOf(k).length() + 1;
    }
    char[] out = new char[length];
    int at = 0;
    for (String k : keys) {
      String key = String.valueOf(k);
      key.getChars(0, key.length(), out, at);
      at += key.length();
      out[at++] = '|';
    }
    return out;
  }

  /** The layout of one derived name, null when its normalized form is empty. */
  static NameLayout of(NameColumn.Derived d, Shared shared) {
    String[] split = plainWords(d.tokens());
    if (split == null) {
      // The general rule, for names over 255 chars or tokens with spaces or edge control chars.
      StringBuilder normalized = new StringBuilder();
      for (String t : d.tokens()) {
        normalized.append(normalized.length() == 0 ? "" : " ").append(t);
      }
      if (normalized.length() == 0) {
        return null;
      }
      String cut = normalized.length() > 255 ? normalized.substring(0, 255) : normalized.toString();
      split = SPACES.split(cut.trim());
    }
    int length = 0;
    for (String t : split) {
      length += t.length();
    }
    char[] letters = new char[length];
    byte[] e = new byte[split.length];
    int at = 0;
    for (int t = 0; t < split.length; t++) {
      split[t].getChars(0, split[t].length(), letters, at);
      at += split[t].length();
      e[t] = (byte) at;
    }
    String[] parts = new String[NameColumn.PARTS.length];
    for (int p = 0; p < parts.length; p++) {
      String given = d.parts()[0];
      String t =
          p != 4
              ? d.parts()[p]
              : given == null
                  ? null
                  : shared.prefixes.computeIfAbsent(
                      given, g -> g.substring(0, Math.min(3, g.length())));
      parts[p] = t == null || t.isEmpty() ? null : t;
    }
    return new NameLayout(split, letters, e, d.skeleton(), parts);
  }

  /**
   * The tokens themselves when joining them by single spaces, cutting at 255 chars, trimming and
   * splitting at spaces would give them back unchanged; else null.
   */
  private static String[] plainWords(String[] tokens) {
    if (tokens.length == 0) {
      return null;
    }
    int length = tokens.length - 1;
    for (String t : tokens) {
      if (t.isEmpty() || t.indexOf(' ') >= 0) {
        return null;
      }
      length += t.length();
    }
    String first = tokens[0];
    String last = tokens[tokens.length - 1];
    return length <= 255 && first.charAt(0) > ' ' && last.charAt(last.length() - 1) > ' '
        ? tokens
        : null;
  }
}
