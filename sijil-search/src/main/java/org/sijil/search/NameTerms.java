package org.sijil.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameReadings;
import org.sijil.core.names.NameToken;
import org.sijil.core.names.Reading;
import org.sijil.core.names.Transliterator;

/**
 * Turns names into index terms per field, and query tokens into the alternatives they match. The
 * project's name engine does the name-specific work; the index analyzer ({@link NameAnalyzer})
 * folds the result once more with ICU. Rules:
 *
 * <ul>
 *   <li>Arabic names are parsed by {@link NameParser} (normalization of hamza, alef, ya, ta
 *       marbuta, diacritics; compounds joined: {@code عبد الله} = {@code عبدالله}); no stemming, no
 *       stop words.
 *   <li>Repaired readings of PDF damage ({@link NameReadings}) add their differing tokens to a
 *       separate field, so a hit says it matched a reading.
 *   <li>Each Arabic token adds its consonant skeleton (spelling variants, the article optional) and
 *       its compound parts; each Latin token its {@link LatinNormalizer} form.
 *   <li>Cross-script: Arabic names add their {@link Transliterator} Latin tokens; both scripts add
 *       phonetic consonant keys in one alphabet ({@link NameKeys#arabicPhonetic}, {@link
 *       NameKeys#latinPhonetic}).
 *   <li>Typos are not indexed: a query token of {@link #TYPO_MIN_LENGTH} letters or more is matched
 *       within {@link #TYPO_EDITS} edits of the written tokens at query time (a Levenshtein
 *       automaton over the term dictionary, {@link Queries#name}), and only when the query without
 *       typos finds almost nothing. Indexing every one-letter deletion instead made two fifths of
 *       the postings, and of the build.
 * </ul>
 *
 * <p>Names repeat their tokens endlessly, so what a token gives is computed once per instance and
 * kept (up to {@link #CACHE_LIMIT} tokens).
 */
final class NameTerms {

  /** Shortest query token matched with typos. */
  static final int TYPO_MIN_LENGTH = 4;

  /** Edits (insert, delete, replace, swap two neighbours) a typo match allows. */
  static final int TYPO_EDITS = 1;

  /** Shortest phonetic key of a vowelless Latin token that is queried. */
  static final int VOWELLESS_MIN_KEY = 3;

  /** Distinct tokens whose derived terms are kept. */
  static final int CACHE_LIMIT = 500_000;

  /** What one written Arabic token gives. */
  private record ArabicToken(
      String skeleton,
      List<String> parts,
      List<String> translit,
      Set<String> keys,
      List<String> partTranslit,
      Set<String> partKeys) {}

  /** What one Latin token gives; {@code split} is its {@link TokenJoins#latinSplit}. */
  private record LatinToken(Set<String> keys, List<String> split, Set<String> splitKeys) {}

  private final java.util.concurrent.ConcurrentHashMap<String, ArabicToken> arabic =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<String, LatinToken> latinTokens =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Compound particles a joined token is split after (prefixes) or before (suffixes). */
  private static final List<String> PREFIXES = List.of("عبد", "ابو", "ام");

  private static final List<String> SUFFIXES = List.of("الله", "الدين");

  /** True when the text has any Arabic letter. */
  static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }

  /** The index terms of one person's names, per field. */
  record Indexed(
      Set<String> ar,
      Set<String> readings,
      Set<String> skeletons,
      Set<String> parts,
      Set<String> latin,
      Set<String> translit,
      Set<String> phoneticOfArabic,
      Set<String> phoneticOfLatin,
      Set<String> given) {

    Indexed() {
      this(
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>(),
          new LinkedHashSet<>());
    }

    /**
     * Whether the person has no name in Latin script: the only persons a Latin query meets through
     * the transliterations and keys of their Arabic names ({@link Fields#ARABIC_ONLY}).
     */
    boolean arabicOnly() {
      return latin.isEmpty();
    }
  }

  /**
   * The index terms of a person's names. The transliterations and Latin keys of the Arabic names
   * ({@link Fields#TRANSLIT}, {@link Fields#PHONETIC_OF_ARABIC}) are made only for a person with no
   * Latin name ({@link Indexed#arabicOnly}): a Latin query reads those fields only for such persons
   * ({@code Queries.crossScriptOnlyWhereNeeded} filters them by {@link Fields#ARABIC_ONLY}), so for
   * anyone else they were postings no query counted, and the keys of every joined pair ran the name
   * parser for nothing.
   */
  Indexed index(List<String> arabicNames, List<String> latinNames) {
    Indexed out = new Indexed();
    for (String name : latinNames) {
      addLatin(name, out);
    }
    boolean crossScript = out.arabicOnly();
    for (String name : arabicNames) {
      addArabic(name, out, crossScript);
    }
    return out;
  }

  private void addLatin(String name, Indexed out) {
    List<String> tokens = latinTokens(name);
    if (!tokens.isEmpty()) {
      out.given.add(tokens.get(0));
    }
    for (String t : tokens) {
      out.latin.add(t);
      LatinToken l = latin(t);
      out.phoneticOfLatin.addAll(l.keys());
      out.latin.addAll(l.split());
      out.phoneticOfLatin.addAll(l.splitKeys());
    }
    for (String pair : TokenJoins.pairs(tokens)) {
      out.latin.add(pair);
      out.phoneticOfLatin.addAll(CrossKeys.latin(pair));
    }
  }

  /**
   * Adds an Arabic name's terms; with {@code crossScript} also its transliterations and Latin keys
   * (see {@link #index}).
   */
  private void addArabic(String name, Indexed out, boolean crossScript) {
    List<Reading> readings = NameReadings.of(name);
    if (readings.isEmpty()) {
      return;
    }
    List<String> written = List.of(readings.get(0).text().split(" "));
    out.given.add(written.get(0));
    for (String t : written) {
      out.ar.add(t);
      ArabicToken a = arabic(t);
      out.skeletons.add(a.skeleton());
      out.parts.addAll(a.parts());
      if (crossScript) {
        out.phoneticOfArabic.addAll(a.keys());
        out.translit.addAll(a.partTranslit());
        out.phoneticOfArabic.addAll(a.partKeys());
        // Transliterations are not matched with typos: a Latin query with a typo for an
        // Arabic-only person would need both a script crossing and an edit.
        out.translit.addAll(a.translit());
      }
    }
    if (crossScript) {
      for (String pair : TokenJoins.pairs(written)) {
        out.phoneticOfArabic.addAll(CrossKeys.arabic(pair));
      }
    }
    for (Reading r : readings.subList(1, readings.size())) {
      for (String t : r.text().split(" ")) {
        if (!written.contains(t)) {
          out.readings.add(t);
          out.skeletons.add(arabic(t).skeleton());
        }
      }
    }
  }

  private ArabicToken arabic(String t) {
    ArabicToken a = arabic.get(t);
    if (a == null) {
      List<String> parts = parts(t);
      List<String> partTranslit = new ArrayList<>();
      Set<String> partKeys = new LinkedHashSet<>();
      for (String part : parts) {
        partTranslit.addAll(LatinNormalizer.tokens(Transliterator.toLatin(part)));
        partKeys.addAll(CrossKeys.arabic(part));
      }
      a =
          new ArabicToken(
              NameKeys.tokenSkeleton(t),
              parts,
              LatinNormalizer.tokens(Transliterator.toLatin(t)),
              CrossKeys.arabic(t),
              partTranslit,
              partKeys);
      if (arabic.size() < CACHE_LIMIT) {
        arabic.put(t, a);
      }
    }
    return a;
  }

  private LatinToken latin(String t) {
    LatinToken l = latinTokens.get(t);
    if (l == null) {
      List<String> split = TokenJoins.latinSplit(t);
      Set<String> splitKeys = new LinkedHashSet<>();
      for (String part : split) {
        splitKeys.addAll(CrossKeys.latin(part));
      }
      l = new LatinToken(CrossKeys.latin(t), split, splitKeys);
      if (latinTokens.size() < CACHE_LIMIT) {
        latinTokens.put(t, l);
      }
    }
    return l;
  }

  /** The parts of a joined compound token, or none: {@code عبدالله} → {@code عبد, الله}. */
  static List<String> parts(String token) {
    List<String> out = new ArrayList<>(2);
    for (String p : PREFIXES) {
      if (token.length() > p.length() + 1 && token.startsWith(p)) {
        out.add(p);
        out.add(token.substring(p.length()));
        return out;
      }
    }
    for (String s : SUFFIXES) {
      if (token.length() > s.length() + 1 && token.endsWith(s)) {
        out.add(token.substring(0, token.length() - s.length()));
        out.add(s);
        return out;
      }
    }
    return out;
  }

  /**
   * A query token and the index terms it matches, strongest first, each with how it matches; typo
   * alternatives are apart, as only a widened search uses them.
   */
  record QueryToken(
      String text, List<Alternative> alternatives, List<Alternative> typos, boolean arabic) {}

  /** One way a query token matches: a term of a field. */
  record Alternative(String field, String term, MatchReason.How how) {}

  /**
   * The forms an Arabic token is placed by in a name's order ({@link TokenOrder}): its {@link
   * CrossKeys} keys and its consonant skeleton; kept with the token's other terms.
   */
  Set<String> arabicOrderForms(String token) {
    ArabicToken a = arabic(token);
    Set<String> out = new java.util.HashSet<>(a.keys());
    out.add(a.skeleton());
    return out;
  }

  /** The forms a Latin token is placed by in a name's order: its {@link CrossKeys} keys. */
  Set<String> latinOrderForms(String token) {
    return latin(token).keys();
  }

  /** The distinct tokens of a query with their alternatives; empty for a blank query. */
  List<QueryToken> query(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return isArabic(text) ? arabicQuery(text) : latinQuery(text);
  }

  private List<QueryToken> arabicQuery(String text) {
    NameChain chain = NameParser.parse(text);
    Set<String> distinct = new LinkedHashSet<>();
    for (NameToken t : chain.tokens()) {
      distinct.add(t.text());
    }
    List<String> tokens = List.copyOf(distinct);
    int mode = NameReadings.repairMode(tokens);
    List<QueryToken> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      List<Alternative> alts = new ArrayList<>();
      alts.add(new Alternative(Fields.AR, t, MatchReason.How.EXACT));
      alts.add(new Alternative(Fields.READING, t, MatchReason.How.READING));
      for (Reading r : NameReadings.tokenRepairs(t, mode)) {
        alts.add(new Alternative(Fields.AR, r.text(), MatchReason.How.READING));
      }
      ArabicToken a = arabic(t);
      alts.add(new Alternative(Fields.SKELETON, a.skeleton(), MatchReason.How.VARIANT));
      for (String l : a.translit()) {
        alts.add(new Alternative(Fields.LATIN, l, MatchReason.How.TRANSLITERATION));
      }
      add(alts, Fields.PHONETIC_OF_LATIN, a.keys(), MatchReason.How.PHONETIC);
      alts.add(new Alternative(Fields.PART, t, MatchReason.How.COMPOUND_PART));
      for (String l : a.partTranslit()) {
        alts.add(new Alternative(Fields.LATIN, l, MatchReason.How.COMPOUND_PART));
      }
      add(alts, Fields.PHONETIC_OF_LATIN, a.partKeys(), MatchReason.How.COMPOUND_PART);
      for (String pair : neighbours(tokens, i)) {
        add(alts, Fields.PHONETIC_OF_LATIN, CrossKeys.arabic(pair), MatchReason.How.COMPOUND_PART);
      }
      List<Alternative> typos = new ArrayList<>();
      if (t.length() >= TYPO_MIN_LENGTH) {
        typos.add(new Alternative(Fields.AR, t, MatchReason.How.TYPO));
      }
      out.add(new QueryToken(t, alts, typos, true));
    }
    return out;
  }

  private List<QueryToken> latinQuery(String text) {
    List<String> tokens = List.copyOf(new LinkedHashSet<>(latinTokens(text)));
    List<QueryToken> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      List<Alternative> alts = new ArrayList<>();
      alts.add(new Alternative(Fields.LATIN, t, MatchReason.How.EXACT));
      alts.add(new Alternative(Fields.TRANSLIT, t, MatchReason.How.TRANSLITERATION));
      LatinToken l = latin(t);
      alts.addAll(latinKeys(t, l.keys(), MatchReason.How.PHONETIC));
      if (!l.split().isEmpty()) {
        String name = l.split().get(0);
        alts.add(new Alternative(Fields.LATIN, name, MatchReason.How.COMPOUND_PART));
        alts.add(new Alternative(Fields.TRANSLIT, name, MatchReason.How.COMPOUND_PART));
        alts.addAll(latinKeys(name, CrossKeys.latin(name), MatchReason.How.COMPOUND_PART));
      }
      for (String pair : neighbours(tokens, i)) {
        alts.add(new Alternative(Fields.LATIN, pair, MatchReason.How.COMPOUND_PART));
        alts.add(new Alternative(Fields.TRANSLIT, pair, MatchReason.How.COMPOUND_PART));
        alts.addAll(latinKeys(pair, CrossKeys.latin(pair), MatchReason.How.COMPOUND_PART));
      }
      List<Alternative> typos = new ArrayList<>();
      if (t.length() >= TYPO_MIN_LENGTH) {
        typos.add(new Alternative(Fields.LATIN, t, MatchReason.How.TYPO));
      }
      out.add(new QueryToken(t, alts, typos, false));
    }
    return out;
  }

  /** The normalized tokens of a Latin name, each as read ({@link TokenJoins#latinReading}). */
  private static List<String> latinTokens(String name) {
    return LatinNormalizer.tokens(name).stream().map(TokenJoins::latinReading).toList();
  }

  /**
   * Phonetic alternatives of a Latin token's keys: in the keys of the Latin names (another
   * romanization of the same name) and of the Arabic names ({@link Queries} keeps the latter for
   * persons with no Latin name). A key of a token without a vowel is used only when it has {@link
   * #VOWELLESS_MIN_KEY} letters or more: {@code Shmlkh} (شملخ) is a name written without vowels,
   * {@code zzzzqqq} is not a name and its short key would collide with real ones.
   */
  private static List<Alternative> latinKeys(String token, Set<String> keys, MatchReason.How how) {
    boolean vowel = hasVowel(token);
    List<Alternative> out = new ArrayList<>();
    for (String k : keys) {
      if (vowel || k.length() >= VOWELLESS_MIN_KEY) {
        out.add(new Alternative(Fields.PHONETIC_OF_LATIN, k, how));
        out.add(new Alternative(Fields.PHONETIC_OF_ARABIC, k, how));
      }
    }
    return out;
  }

  /** The token joined with the one before it and with the one after it. */
  private static List<String> neighbours(List<String> tokens, int i) {
    List<String> out = new ArrayList<>(2);
    if (i > 0) {
      out.add(tokens.get(i - 1) + tokens.get(i));
    }
    if (i + 1 < tokens.size()) {
      out.add(tokens.get(i) + tokens.get(i + 1));
    }
    return out;
  }

  private static void add(
      List<Alternative> into, String field, Set<String> terms, MatchReason.How how) {
    for (String term : terms) {
      into.add(new Alternative(field, term, how));
    }
  }

  private static boolean hasVowel(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ("aeiouy".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
