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
 * project's name engine does the name-specific work; the index analyzer ({@link NameAnalyzer}) folds
 * the result once more with ICU. Rules:
 *
 * <ul>
 *   <li>Arabic names are parsed by {@link NameParser} (normalization of hamza, alef, ya, ta marbuta,
 *       diacritics; compounds joined: {@code عبد الله} = {@code عبدالله}); no stemming, no stop words.
 *   <li>Repaired readings of PDF damage ({@link NameReadings}) add their differing tokens to a
 *       separate field, so a hit says it matched a reading.
 *   <li>Each Arabic token adds its consonant skeleton (spelling variants, the article optional) and
 *       its compound parts; each Latin token its {@link LatinNormalizer} form.
 *   <li>Cross-script: Arabic names add their {@link Transliterator} Latin tokens; both scripts add
 *       phonetic consonant keys in one alphabet ({@link NameKeys#arabicPhonetic}, {@link
 *       NameKeys#latinPhonetic}).
 * </ul>
 */
final class NameTerms {

  /** Compound particles a joined token is split after (prefixes) or before (suffixes). */
  private static final List<String> PREFIXES = List.of("عبد", "ابو", "ام");

  private static final List<String> SUFFIXES = List.of("الله", "الدين");

  private NameTerms() {}

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
  record Indexed(Set<String> ar, Set<String> readings, Set<String> skeletons, Set<String> parts, Set<String> latin,
      Set<String> translit, Set<String> phonetic, Set<String> given) {

    Indexed() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
          new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }
  }

  static Indexed index(List<String> arabicNames, List<String> latinNames) {
    Indexed out = new Indexed();
    for (String name : arabicNames) {
      addArabic(name, out);
    }
    for (String name : latinNames) {
      List<String> tokens = LatinNormalizer.tokens(name);
      out.latin.addAll(tokens);
      if (!tokens.isEmpty()) {
        out.given.add(tokens.get(0));
      }
      addAll(out.phonetic, NameKeys.latinPhonetic(name));
    }
    return out;
  }

  private static void addArabic(String name, Indexed out) {
    List<Reading> readings = NameReadings.of(name);
    if (readings.isEmpty()) {
      return;
    }
    List<String> written = List.of(readings.get(0).text().split(" "));
    out.ar.addAll(written);
    out.given.add(written.get(0));
    for (String t : written) {
      out.skeletons.add(NameKeys.tokenSkeleton(t));
      out.parts.addAll(parts(t));
    }
    for (Reading r : readings.subList(1, readings.size())) {
      for (String t : r.text().split(" ")) {
        if (!written.contains(t)) {
          out.readings.add(t);
          out.skeletons.add(NameKeys.tokenSkeleton(t));
        }
      }
    }
    String latin = Transliterator.toLatin(name);
    out.translit.addAll(LatinNormalizer.tokens(latin));
    addAll(out.phonetic, NameKeys.arabicPhonetic(name));
  }

  private static void addAll(Set<String> into, String spaced) {
    for (String k : spaced.split(" ")) {
      if (!k.isEmpty()) {
        into.add(k);
      }
    }
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

  /** A query token and the index terms it matches, strongest first, each with how it matches. */
  record QueryToken(String text, List<Alternative> alternatives, boolean arabic) {}

  /** One way a query token matches: a term of a field. */
  record Alternative(String field, String term, MatchReason.How how) {}

  /** The distinct tokens of a query with their alternatives; empty for a blank query. */
  static List<QueryToken> query(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return isArabic(text) ? arabicQuery(text) : latinQuery(text);
  }

  private static List<QueryToken> arabicQuery(String text) {
    NameChain chain = NameParser.parse(text);
    List<String> tokens = new ArrayList<>();
    for (NameToken t : chain.tokens()) {
      tokens.add(t.text());
    }
    int mode = NameReadings.repairMode(tokens);
    List<QueryToken> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String t : tokens) {
      if (!seen.add(t)) {
        continue;
      }
      List<Alternative> alts = new ArrayList<>();
      alts.add(new Alternative(Fields.AR, t, MatchReason.How.EXACT));
      alts.add(new Alternative(Fields.READING, t, MatchReason.How.READING));
      for (Reading r : NameReadings.tokenRepairs(t, mode)) {
        alts.add(new Alternative(Fields.AR, r.text(), MatchReason.How.READING));
      }
      alts.add(new Alternative(Fields.SKELETON, NameKeys.tokenSkeleton(t), MatchReason.How.VARIANT));
      for (String l : LatinNormalizer.tokens(Transliterator.toLatin(t))) {
        alts.add(new Alternative(Fields.LATIN, l, MatchReason.How.TRANSLITERATION));
      }
      for (String k : NameKeys.arabicPhonetic(t).split(" ")) {
        if (!k.isEmpty()) {
          alts.add(new Alternative(Fields.PHONETIC, k, MatchReason.How.PHONETIC));
        }
      }
      alts.add(new Alternative(Fields.PART, t, MatchReason.How.COMPOUND_PART));
      out.add(new QueryToken(t, alts, true));
    }
    return out;
  }

  private static List<QueryToken> latinQuery(String text) {
    List<QueryToken> out = new ArrayList<>();
    for (String t : new LinkedHashSet<>(LatinNormalizer.tokens(text))) {
      List<Alternative> alts = new ArrayList<>();
      alts.add(new Alternative(Fields.LATIN, t, MatchReason.How.EXACT));
      alts.add(new Alternative(Fields.TRANSLIT, t, MatchReason.How.TRANSLITERATION));
      // A token without a vowel is not a name anyone spells ("zzzzqqq"); its consonant key would
      // collide with real names, so it is matched as written or by typo only.
      if (hasVowel(t)) {
        for (String k : NameKeys.latinPhonetic(t).split(" ")) {
          if (!k.isEmpty()) {
            alts.add(new Alternative(Fields.PHONETIC, k, MatchReason.How.PHONETIC));
          }
        }
      }
      out.add(new QueryToken(t, alts, false));
    }
    return out;
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
