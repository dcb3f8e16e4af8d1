package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * One spelling for a name word whatever the script or the publisher's romanization: the form in
 * which an Arabic name and its romanizations, and two publishers' romanizations of one name, are
 * compared. Arabic words are first written in Latin letters ({@link Transliterator}, certain
 * extraction damage repaired); Latin words go through {@link LatinNormalizer} (accents, {@code
 * ou}/{@code u}, {@code ee}/{@code i}, {@code o}/{@code u}, {@code e}/{@code a}, doubled letters, a
 * final {@code h} after a vowel, compounds such as {@code Abd el}/{@code Abdel}/{@code Abdal} and
 * {@code Al-}/{@code El}/{@code Al} joined). Then, in {@link #reduce}:
 *
 * <ol>
 *   <li>the article is dropped from words of four or more letters, with a vowel run after it when
 *       two letters or more remain ({@code aldalu} → {@code dalu}; {@code Aliqtraoi}, one list's
 *       القطراوي, → {@code ktraui}; العجل written {@code al-Ajal} and {@code al-Ajl} → {@code jal},
 *       {@code jl}: the vowel after the article is how a scheme writes ع), and the article joining
 *       {@code abd}/{@code abu} compounds ({@code abdalrahman} → {@code abdrahman}, as {@code
 *       Abdrabah} writes عبدربه); the first word of a chain of two words or more, the given name,
 *       keeps its {@code al} ({@link #reduceGiven}); a word alone may be any part;
 *   <li>letters one Arabic letter is written with in different schemes are merged: {@code q},
 *       {@code c}, {@code x} → {@code k}, {@code g} → {@code j}, {@code v} → {@code f}, {@code p} →
 *       {@code b}, {@code e} → {@code a}, {@code o} → {@code u}; {@code w} and {@code y} not before
 *       a vowel are the vowels {@code u} and {@code i};
 *   <li>doubled letters once, a final {@code h} after a vowel dropped ({@code Jumaah}, {@code
 *       Jumaa}, {@code Juma} → {@code juma}).
 * </ol>
 *
 * The {@link #skeleton} of a reduced word keeps its first letter and its consonants ({@code jmuaah}
 * and {@code jumaa} share {@code jm}): spellings that differ only in vowels share it, and so do a
 * few distinct names ({@code Muhammad}/{@code Mahmoud}), which is why it is a blocking key and a
 * similarity level, not an equality.
 */
public final class Romanization {

  /**
   * The article, dropped from words of {@link #ARTICLE_MIN_LENGTH} or more letters that start with
   * it.
   */
  private static final String ARTICLE = "al";

  private static final int ARTICLE_MIN_LENGTH = 4;

  private Romanization() {}

  /** The reduced words of a Latin-script name, compounds joined; empty for a blank name. */
  public static List<String> latin(String name) {
    List<String> words =
        LatinNormalizer.tokens(name == null ? null : FAMILY_ABD.matcher(name).replaceAll("Alabd"));
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && CONNECTORS.contains(w)) {
        continue; // the Arabic chain leaves out بن / بنت
      }
      if (PREFIXES.contains(w) && i + 1 < words.size()) {
        w = w + words.get(++i); // Abual-qumsan: the hyphen split what ابوالقمصان writes as one word
      }
      String r = out.isEmpty() && words.size() > 1 ? reduceGiven(w) : reduce(w);
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The family name العبد ({@code al-Abd}), which {@link LatinNormalizer} would join to the next
   * word as the compound prefix عبد.
   */
  private static final java.util.regex.Pattern FAMILY_ABD =
      java.util.regex.Pattern.compile("(?i)\\b[ae]l[- ]?abd\\b(?![- ]?[ae]l)");

  /** "son of", "daughter of": the parsed Arabic chain has no word for them. */
  private static final java.util.Set<String> CONNECTORS =
      java.util.Set.of("ibn", "bin", "bn", "bint");

  /**
   * Compound prefixes with the article that {@link LatinNormalizer} leaves apart from their word.
   */
  private static final java.util.Set<String> PREFIXES =
      java.util.Set.of("abual", "abul", "abuil", "umal", "abdl");

  /**
   * The reduced words of an Arabic name chain, one per token of the chain (empty tokens left out).
   */
  public static List<String> arabic(NameChain chain) {
    List<String> texts = new ArrayList<>(chain.size());
    for (NameToken t : chain.tokens()) {
      texts.add(t.text());
    }
    Repairs.LamAlef mode = Repairs.lamAlefMode(texts);
    List<String> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      String r = arabicToken(certainRepair(text, mode), out.isEmpty() && texts.size() > 1);
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  /** The reduced form of one normalized Arabic token (a compound such as عبدالرحمن is one word). */
  public static String arabicToken(String token) {
    return arabicToken(token, false);
  }

  /**
   * {@link #arabicToken}; a given name ({@code given}) keeps a leading {@code al}, see {@link
   * #reduceGiven}.
   */
  private static String arabicToken(String token, boolean given) {
    StringBuilder joined = new StringBuilder();
    for (String w : LatinNormalizer.tokens(Transliterator.token(token))) {
      joined.append(w);
    }
    // An initial ayn before a long vowel is silent in the transliteration (عياده: Yada); lists
    // write
    // it as a vowel (Aiadah).
    if (!token.isEmpty()
        && token.charAt(0) == ArabicLetters.AIN
        && joined.length() > 0
        && !isVowel(joined.charAt(0))) {
      joined.insert(0, 'a');
    }
    return given ? reduceGiven(joined.toString()) : reduce(joined.toString());
  }

  /**
   * {@link #reduce} of a chain's first word, the given name, which keeps a leading {@code al}: a
   * given name does not take the article, so its {@code al} is part of the name (ألما {@code Alma},
   * إلهام {@code Ilham}, الياس, الين), and dropping it leaves two letters that match anything.
   */
  static String reduceGiven(String word) {
    return letters(word.startsWith(ARTICLE) ? word : withoutArticle(word));
  }

  /** A certain repair is what the name says: بلال, not the damaged بالل. */
  private static String certainRepair(String text, Repairs.LamAlef mode) {
    for (Reading r : Repairs.alternates(text, mode)) {
      if (r.confidence() == 1.0) {
        return r.text().replace(" ", "");
      }
    }
    return text;
  }

  /** The reduced form of one {@link LatinNormalizer} word (see the class comment). */
  public static String reduce(String word) {
    return letters(withoutArticle(word));
  }

  /** Steps 2 and 3 of {@link #reduce}: letters merged, doubled letters once, a final h dropped. */
  private static String letters(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char m = letter(w.charAt(i), i == 0, i + 1 < n ? w.charAt(i + 1) : 0);
      if (m != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != m)) {
        sb.append(m);
      }
    }
    int len = sb.length();
    if (len >= 3 && sb.charAt(len - 1) == 'h' && isVowel(sb.charAt(len - 2))) {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  /**
   * The word without its article, and without the connecting article of {@code abd}/{@code abu}
   * compounds ({@code abdalrahman} → {@code abdrahman}, as {@code Abdrabah} writes عبدربه). After
   * an article a vowel run before a consonant is dropped too: one list writes القطراوي {@code
   * Aliqtraoi}, another {@code al-Qatrawi}.
   */
  private static String withoutArticle(String word) {
    String w = word;
    if (w.startsWith("abwal") && w.length() > 6) {
      w = "abual" + w.substring(5); // Abwalata: ابو العطا
    }
    for (String prefix : new String[] {"abd", "abu"}) {
      if (w.length() > prefix.length() + ARTICLE.length() + 1
          && w.startsWith(prefix)
          && w.startsWith(ARTICLE, prefix.length())) {
        return prefix + afterArticle(w.substring(prefix.length() + ARTICLE.length()));
      }
    }
    if (w.length() >= ARTICLE_MIN_LENGTH && w.startsWith(ARTICLE)) {
      return afterArticle(w.substring(ARTICLE.length()));
    }
    return w;
  }

  private static String afterArticle(String rest) {
    int v = 0;
    while (v < rest.length() && isVowel(rest.charAt(v))) {
      v++;
    }
    return v > 0 && rest.length() - v >= 2 ? rest.substring(v) : rest;
  }

  private static char letter(char c, boolean first, char next) {
    return switch (c) {
      case 'q', 'c', 'x' -> 'k';
      case 'g' -> 'j';
      case 'v' -> 'f';
      case 'p' -> 'b';
      case 'e' -> 'a';
      case 'o' -> 'u';
      case 'w' -> first || isVowel(next) ? 'w' : 'u';
      case 'y' -> first || isVowel(next) ? 'y' : 'i';
      default -> c >= 'a' && c <= 'z' ? c : 0;
    };
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
  }

  /**
   * The first letter and the consonants of a reduced word, doubled letters once; an initial vowel
   * is {@code a} (the Arabic alef or ayn it stands for). An {@code h} after {@code d}, {@code t},
   * {@code k}, {@code s}, {@code j} or {@code z} is left out, and so is a final {@code h}: schemes
   * disagree on whether such an h is a letter (الدهشان {@code Aldhshan}, صبح {@code Sbh}) or part
   * of a digraph or a written-out ta marbuta ({@code Shhadah}, {@code Shmlh}). {@code z}, {@code
   * th} and {@code dh} count as {@code d}: ذ is written dh, th, d and z by different schemes, ض dh,
   * d and z.
   */
  public static String skeleton(String reduced) {
    StringBuilder sb = new StringBuilder(reduced.length());
    int n = reduced.length();
    for (int i = 0; i < n; i++) {
      char c = reduced.charAt(i);
      char m;
      if (i == 0) {
        m = isVowel(c) ? 'a' : c;
      } else if (isVowel(c) || c == 'w' || c == 'y') {
        m = 0;
      } else if (c == 'h'
          && (i == n - 1
              || (sb.length() > 0 && DIGRAPH_FIRST.indexOf(sb.charAt(sb.length() - 1)) >= 0))) {
        m = 0;
      } else if (c == 'z'
          || ((c == 't' || c == 'd') && i + 1 < n && reduced.charAt(i + 1) == 'h')) {
        m = 'd';
      } else {
        m = c;
      }
      if (m != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != m)) {
        sb.append(m);
      }
    }
    return sb.toString();
  }

  /** Similarity of two words that differ but whose skeletons agree (a vowel or digraph apart). */
  public static final double SKELETON_EQUAL = 0.92;

  /**
   * Name-only similarity of two names in reduced words, as linkage compares them: names of as many
   * words (two or more) by their least similar pair of words in the same place, equal words 1,
   * words with equal skeletons at least {@link #SKELETON_EQUAL}, others Jaro–Winkler; names of
   * different lengths by Jaro–Winkler of the words run together, or, one word apart, by the better
   * alignment with one word of the longer dropped ({@link WordDrop}). 0 when either is empty.
   */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.size() != b.size() || a.size() < 2) {
      double whole =
          org.sijil.core.text.StringSimilarity.jaroWinkler(String.join("", a), String.join("", b));
      if (!WordDrop.applies(a.size(), b.size())) {
        return whole;
      }
      List<String> s = a.size() < b.size() ? a : b;
      List<String> l = a.size() < b.size() ? b : a;
      return Math.max(whole, WordDrop.similarity(s.size(), new ReducedWords(s, l)));
    }
    double min = 1;
    for (int i = 0; i < a.size(); i++) {
      min = Math.min(min, word(a.get(i), b.get(i)));
    }
    return min;
  }

  /** Two reduced words: 1 when equal, at least {@link #SKELETON_EQUAL} when skeletons agree. */
  private static double word(String x, String y) {
    if (x.equals(y)) {
      return 1;
    }
    double j = org.sijil.core.text.StringSimilarity.jaroWinkler(x, y);
    return skeleton(x).equals(skeleton(y)) ? Math.max(j, SKELETON_EQUAL) : j;
  }

  /** The words of a shorter and a longer chain of reduced words, for {@link WordDrop}. */
  private record ReducedWords(List<String> shorter, List<String> longer) implements WordDrop.Words {
    @Override
    public double similarity(int i, int j) {
      return word(shorter.get(i), longer.get(j));
    }

    @Override
    public boolean longerIsAbd(int j) {
      return longer.get(j).startsWith(WordDrop.ABD);
    }

    @Override
    public double afterAbd(int i, int j) {
      String x = shorter.get(i);
      return x.length() > WordDrop.ABD.length() && x.startsWith(WordDrop.ABD)
          ? org.sijil.core.text.StringSimilarity.jaroWinkler(
              x.substring(WordDrop.ABD.length()), longer.get(j))
          : -1;
    }

    @Override
    public double joined(int i, int j) {
      String x = shorter.get(i);
      String y = longer.get(j) + longer.get(j + 1);
      return WordDrop.joinedFits(x.length(), y.length())
          ? org.sijil.core.text.StringSimilarity.jaroWinkler(x, y)
          : -1;
    }
  }

  /**
   * Letters that form a digraph with a following h in some romanization (sh, th, dh, kh, gh, zh).
   */
  private static final String DIGRAPH_FIRST = "dtksjz";
}
