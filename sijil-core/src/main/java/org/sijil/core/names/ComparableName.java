package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A name pre-parsed once for fast repeated comparison: token texts, skeleton and phonetic keys,
 * repaired readings and aliases are computed at construction, so comparing two comparable names
 * allocates nothing. Build one per record and keep it; immutable and thread-safe.
 */
public final class ComparableName {

  /** The script a name was written in. */
  public enum Script { ARABIC, LATIN }

  private static final Reading[] NO_READINGS = new Reading[0];
  private static final ComparableName EMPTY = new ComparableName(Script.ARABIC, new String[0],
      new String[0], new String[0], new String[0], null, false, "", new String[0]);

  final Script script;
  /** Comparison text per token: normalized Arabic, or normalized Latin. */
  final String[] text;
  /** Arabic skeleton per token (Latin: phonetic key). */
  final String[] skeleton;
  /** Latin consonant key per token (comparable across scripts). */
  final String[] key;
  /** Normalized Latin form per token (Arabic: of its transliteration). */
  final String[] latin;
  /** Alternative readings per token, or null when no token has any. */
  final Reading[][] readings;
  final boolean hasFamily;
  /** The family token without its article (or "" when there is no family). */
  final String familyCore;
  /** Alternative family names from parentheses, in comparison text. */
  final String[] aliases;

  private ComparableName(Script script, String[] text, String[] skeleton, String[] key,
      String[] latin, Reading[][] readings, boolean hasFamily, String familyCore, String[] aliases) {
    this.script = script;
    this.text = text;
    this.skeleton = skeleton;
    this.key = key;
    this.latin = latin;
    this.readings = readings;
    this.hasFamily = hasFamily;
    this.familyCore = familyCore;
    this.aliases = aliases;
  }

  /** A raw Arabic name (aliases in parentheses recognized). */
  public static ComparableName arabic(String raw) {
    ParsedName p = NameParser.parseFull(raw);
    return ofChain(p.chain(), p.aliases());
  }

  /** An already-parsed Arabic chain. */
  public static ComparableName of(NameChain chain) {
    return ofChain(chain, List.of());
  }

  /** A raw Latin-script name. */
  public static ComparableName latin(String raw) {
    List<String> tokens = LatinNormalizer.tokens(raw);
    int n = tokens.size();
    if (n == 0) {
      return EMPTY;
    }
    String[] text = tokens.toArray(new String[0]);
    String[] key = new String[n];
    for (int i = 0; i < n; i++) {
      key[i] = NameKeys.latinTokenKey(text[i]);
    }
    boolean hasFamily = n >= 2;
    String core = hasFamily ? stripLatinArticle(text[n - 1]) : "";
    return new ComparableName(Script.LATIN, text, key, key, text, null, hasFamily, core, new String[0]);
  }

  /** Arabic or Latin, by the first letter of {@code raw}. */
  public static ComparableName any(String raw) {
    return isArabic(raw) ? arabic(raw) : latin(raw);
  }

  /** True when the first letter of {@code s} is in the Arabic block. */
  public static boolean isArabic(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF';
      }
    }
    return false;
  }

  private static ComparableName ofChain(NameChain chain, List<String> aliasList) {
    int n = chain.size();
    if (n == 0) {
      return EMPTY;
    }
    String[] text = new String[n];
    for (int i = 0; i < n; i++) {
      text[i] = chain.tokens().get(i).text();
    }
    String[] skeleton = new String[n];
    String[] key = new String[n];
    String[] latin = new String[n];
    List<String> tokenList = List.of(text);
    Repairs.LamAlef mode = Repairs.lamAlefMode(tokenList);
    Reading[][] readings = new Reading[n][];
    boolean anyReading = false;
    for (int i = 0; i < n; i++) {
      skeleton[i] = NameKeys.tokenSkeleton(text[i]);
      key[i] = NameKeys.arabicTokenKey(text[i]);
      latin[i] = String.join("", LatinNormalizer.tokens(Transliterator.token(text[i])));
      List<Reading> alts = Repairs.alternates(text[i], mode);
      readings[i] = alts.isEmpty() ? NO_READINGS : alts.toArray(NO_READINGS);
      anyReading |= !alts.isEmpty();
    }
    boolean hasFamily = chain.tokens().get(n - 1).role() == NameRole.FAMILY;
    String core = hasFamily ? Compounds.withoutArticle(text[n - 1]) : "";
    List<String> aliases = new ArrayList<>(aliasList.size());
    for (String a : aliasList) {
      aliases.add(a.replace(" ", ""));
    }
    return new ComparableName(Script.ARABIC, text, skeleton, key, latin,
        anyReading ? readings : null, hasFamily, core, aliases.toArray(new String[0]));
  }

  private static String stripLatinArticle(String t) {
    return t.length() >= 5 && t.startsWith("al") ? t.substring(2) : t;
  }

  public Script script() {
    return script;
  }

  public boolean isEmpty() {
    return text.length == 0;
  }

  public int size() {
    return text.length;
  }

  /** The comparison text of each token. */
  public List<String> tokens() {
    return List.of(text);
  }

  @Override
  public String toString() {
    return script + String.join(" ", text);
  }
}
