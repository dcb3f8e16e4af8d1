package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A name pre-parsed once for fast repeated comparison: token texts, skeleton and phonetic keys,
 * repaired readings and aliases are computed at construction, so comparing two comparable names
 * allocates nothing. Build one per record and keep it; immutable and thread-safe.
 */
public final class ComparableName {

  /** The script a name was written in. */
  public enum Script {
    ARABIC,
    LATIN
  }

  private static final ComparableName EMPTY =
      new ComparableName(
          Script.ARABIC,
          new String[0],
          new String[0],
          new String[0],
          new String[0],
          null,
          false,
          "",
          new String[0]);

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

  /** All token texts packed end to end, for cache-friendly comparison. */
  final char[] chars;

  /**
   * Token layout over {@link #chars}: {@code meta[i]} is where token i starts ({@code meta[n]} is
   * the end); {@code meta[n+1+i]} its text hash; {@code meta[2n+1+i]} its skeleton hash.
   */
  final int[] meta;

  /** Per token, a 64-bit hash of its text: with equal lengths, equal hashes mean equal texts. */
  final long[] hash64;

  /** Offset in {@link #chars} of the family name without its article; -1 without family. */
  final int familyCoreFrom;

  /**
   * Per token, its 64-bit text hash mixed with a hash of its repaired readings (texts and
   * confidences; the text hash alone when it has none): the key of {@link TokenPairMemo}.
   */
  final long[] pairKey;

  /** Per token, the set of its letters as bits ({@code c & 63}): bounds Jaro-Winkler cheaply. */
  final long[] letters;

  /** Bit i set when token i is one of the built-in common names (see {@link Transliterator}). */
  final long common;

  /** Sum of the token text hashes: equal for two names with the same tokens in any order. */
  final int tokenHashSum;

  /** {@link #readings} packed for comparison (null when no token has any). */
  final Packed[][] packedReadings;

  /** One reading as a char array with its letter set and confidence. */
  record Packed(char[] chars, long letters, double confidence) {
    static Packed of(Reading r) {
      return new Packed(r.text().toCharArray(), letterSet(r.text()), r.confidence());
    }
  }

  static long letterSet(CharSequence t) {
    long bits = 0;
    for (int k = 0; k < t.length(); k++) {
      bits |= 1L << (t.charAt(k) & 63);
    }
    return bits;
  }

  /**
   * Jaro-Winkler of two char ranges with letter sets, or 0 when its cheap upper bound is at most
   * {@code toBeat} (the caller keeps a better value anyway).
   */
  static double similarityAbove(
      char[] x, int xf, int xl, long xm, char[] y, int yf, int yl, long ym, double toBeat) {
    if (regionEquals(x, xf, xl, y, yf, yl)) {
      return 1.0;
    }
    if (xl == 0 || yl == 0) {
      return 0.0;
    }
    int m = Math.min(xl - Long.bitCount(xm & ~ym), yl - Long.bitCount(ym & ~xm));
    if (m <= 0) {
      return 0.0;
    }
    double jaro = ((double) m / xl + (double) m / yl + 1.0) / 3.0;
    if (jaro + 0.4 * (1.0 - jaro) <= toBeat) {
      return 0.0;
    }
    return org.sijil.core.text.StringSimilarity.jaroWinkler(x, xf, xl, y, yf, yl);
  }

  /**
   * An upper bound of the Jaro-Winkler similarity of two strings of lengths {@code xl}, {@code yl}
   * with letter sets {@code xm}, {@code ym}, with the largest possible prefix bonus: a letter of
   * one absent from the other can match nothing.
   */
  static double boundOf(int xl, long xm, int yl, long ym) {
    if (xl == 0 || yl == 0) {
      return xl == yl ? 1.0 : 0.0;
    }
    int m = Math.min(xl - Long.bitCount(xm & ~ym), yl - Long.bitCount(ym & ~xm));
    if (m <= 0) {
      return 0.0;
    }
    double jaro = ((double) m / xl + (double) m / yl + 1.0) / 3.0;
    return Math.min(1.0, jaro + 0.4 * (1.0 - jaro));
  }

  private ComparableName(
      Script script,
      String[] text,
      String[] skeleton,
      String[] key,
      String[] latin,
      Reading[][] readings,
      boolean hasFamily,
      String familyCore,
      String[] aliases) {
    this.script = script;
    this.text = text;
    this.skeleton = skeleton;
    this.key = key;
    this.latin = latin;
    this.readings = readings;
    this.hasFamily = hasFamily;
    this.familyCore = familyCore;
    this.aliases = aliases;
    int n = text.length;
    int total = 0;
    for (String t : text) {
      total += t.length();
    }
    this.chars = new char[total];
    this.meta = new int[3 * n + 1];
    int at = 0;
    for (int i = 0; i < n; i++) {
      meta[i] = at;
      text[i].getChars(0, text[i].length(), chars, at);
      at += text[i].length();
      meta[n + 1 + i] = text[i].hashCode();
      meta[2 * n + 1 + i] = skeleton[i].hashCode();
    }
    meta[n] = at;
    this.hash64 = new long[n];
    for (int i = 0; i < n; i++) {
      hash64[i] = hash64(text[i]);
    }
    this.letters = new long[n];
    long commonBits = 0;
    for (int i = 0; i < n; i++) {
      long bits = 0;
      for (int k = 0; k < text[i].length(); k++) {
        bits |= 1L << (text[i].charAt(k) & 63);
      }
      letters[i] = bits;
      if (i < 64 && Transliterator.commonNameSet().contains(text[i])) {
        commonBits |= 1L << i;
      }
    }
    this.common = commonBits;
    int hashSum = 0;
    for (int i = 0; i < n; i++) {
      hashSum += meta[n + 1 + i];
    }
    this.tokenHashSum = hashSum;
    if (readings == null) {
      this.packedReadings = null;
    } else {
      this.packedReadings = new Packed[n][];
      for (int i = 0; i < n; i++) {
        packedReadings[i] = new Packed[readings[i].length];
        for (int k = 0; k < readings[i].length; k++) {
          packedReadings[i][k] = Packed.of(readings[i][k]);
        }
      }
    }
    this.pairKey = new long[n];
    for (int i = 0; i < n; i++) {
      long h = hash64[i];
      if (readings != null) {
        for (Reading r : readings[i]) {
          h = h * 0x9E3779B97F4A7C15L + hash64(r.text());
          h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(r.confidence());
        }
      }
      pairKey[i] = h;
    }
    this.familyCoreFrom = hasFamily ? meta[n - 1] + text[n - 1].length() - familyCore.length() : -1;
  }

  int start(int i) {
    return meta[i];
  }

  int length(int i) {
    return meta[i + 1] - meta[i];
  }

  /**
   * True when token i of this and token j of {@code o} have equal text, decided by length and a
   * 64-bit hash (a false match needs a 64-bit collision between two names of equal length).
   */
  boolean tokenEquals(int i, ComparableName o, int j) {
    return hash64[i] == o.hash64[j] && meta[i + 1] - meta[i] == o.meta[j + 1] - o.meta[j];
  }

  /** FNV-1a over the UTF-16 code units, 64 bits. */
  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      h = (h ^ (c & 0xFF)) * 0x100000001b3L;
      h = (h ^ (c >>> 8)) * 0x100000001b3L;
    }
    return h;
  }

  /** True when token i of this and token j of {@code o} have equal skeletons (by hash). */
  boolean skeletonEquals(int i, ComparableName o, int j) {
    return meta[2 * text.length + 1 + i] == o.meta[2 * o.text.length + 1 + j];
  }

  /**
   * An upper bound of the Jaro-Winkler similarity of token i of this and token j of {@code o}, from
   * lengths, letter sets and the common prefix: a letter of one token absent from the other can
   * match nothing, so at most {@code len - absent} characters match.
   */
  double jaroWinklerBound(int i, ComparableName o, int j) {
    int la = length(i);
    int lb = o.length(j);
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    long x = letters[i];
    long y = o.letters[j];
    int m = Math.min(la - Long.bitCount(x & ~y), lb - Long.bitCount(y & ~x));
    if (m <= 0) {
      return 0.0;
    }
    double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    int af = start(i);
    int bf = o.start(j);
    while (prefix < max && chars[af + prefix] == o.chars[bf + prefix]) {
      prefix++;
    }
    return Math.min(1.0, jaro + prefix * 0.1 * (1.0 - jaro));
  }

  /** True when both family names without their articles are equal. */
  boolean familyCoreEquals(ComparableName o) {
    if (familyCoreFrom < 0 || o.familyCoreFrom < 0) {
      return false;
    }
    return regionEquals(
        chars,
        familyCoreFrom,
        chars.length - familyCoreFrom,
        o.chars,
        o.familyCoreFrom,
        o.chars.length - o.familyCoreFrom);
  }

  static boolean regionEquals(char[] a, int af, int al, char[] b, int bf, int bl) {
    if (al != bl) {
      return false;
    }
    for (int k = 0; k < al; k++) {
      if (a[af + k] != b[bf + k]) {
        return false;
      }
    }
    return true;
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
    return latin(raw, NameKeys::latinTokenKey);
  }

  /** A raw Latin-script name, each token's key from {@code keys}. */
  static ComparableName latin(String raw, UnaryOperator<String> keys) {
    List<String> tokens = LatinNormalizer.tokens(raw);
    int n = tokens.size();
    if (n == 0) {
      return EMPTY;
    }
    String[] text = tokens.toArray(new String[0]);
    String[] key = new String[n];
    for (int i = 0; i < n; i++) {
      key[i] = keys.apply(text[i]);
    }
    boolean hasFamily = n >= 2;
    String core = hasFamily ? stripLatinArticle(text[n - 1]) : "";
    return new ComparableName(
        Script.LATIN, text, key, key, text, null, hasFamily, core, new String[0]);
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
    return ofChain(chain, aliasList, TokenForms::of);
  }

  /**
   * The comparable name of a chain, each token's forms from {@code forms} (made afresh, or kept per
   * token by {@link ComparableNames}: they depend on the token and the name's lam-alef mode only).
   */
  static ComparableName ofChain(
      NameChain chain,
      List<String> aliasList,
      BiFunction<String, Repairs.LamAlef, TokenForms> forms) {
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
    Repairs.LamAlef mode = Repairs.lamAlefMode(List.of(text));
    Reading[][] readings = new Reading[n][];
    boolean anyReading = false;
    for (int i = 0; i < n; i++) {
      TokenForms f = forms.apply(text[i], mode);
      skeleton[i] = f.skeleton();
      key[i] = f.key();
      latin[i] = f.latin();
      readings[i] = f.readings();
      anyReading |= f.readings().length > 0;
    }
    boolean hasFamily = chain.tokens().get(n - 1).role() == NameRole.FAMILY;
    String core = hasFamily ? Compounds.withoutArticle(text[n - 1]) : "";
    List<String> aliases = new ArrayList<>(aliasList.size());
    for (String a : aliasList) {
      aliases.add(a.replace(" ", ""));
    }
    return new ComparableName(
        Script.ARABIC,
        text,
        skeleton,
        key,
        latin,
        anyReading ? readings : null,
        hasFamily,
        core,
        aliases.toArray(new String[0]));
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
    return script.name().toLowerCase(java.util.Locale.ROOT) + ":" + String.join(" ", text);
  }
}
