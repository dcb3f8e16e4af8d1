package org.sijil.core.names;

import java.util.Set;
import org.sijil.core.text.StringSimilarity;

/**
 * Chain-aware comparison of two {@link ComparableName}s, allocation-free.
 *
 * <p>Token similarity: 1 for equal texts or an equal certain reading; a speculative reading counts
 * its confidence; otherwise Jaro-Winkler, raised to {@link #SKELETON_EQUAL} when the dotless
 * skeletons agree (a lost dot: {@code شراب}/{@code سراب}), and capped at {@link #KNOWN_DISTINCT}
 * when both tokens are known distinct names ({@code محمد}/{@code محمود} are two names, not a typo).
 * A token's agreement is its similarity rescaled from [{@link #FLOOR}, 1] to [0, 1].
 *
 * <p>Chain similarity: the weighted mean of token agreements by role — given {@value #W_GIVEN},
 * father {@value #W_FATHER}, grandfather {@value #W_GRANDFATHER}, further ancestors {@value
 * #W_ANCESTOR}, family {@value #W_FAMILY} — so two brothers (equal father, grandfather and family)
 * stay well below one person's two spellings. Middle names align from the father on; a middle name
 * present on one side only counts {@value #MISSING} of its weight as disagreement. When lengths
 * differ, a second alignment that reads the shorter chain as a prefix (family name omitted) is
 * tried too, and the better one kept. The same tokens in another order score {@link #REORDERED}.
 * Given names that are a masculine name and its feminine form ({@code امير}/{@code اميره}) are
 * capped like known distinct names; family names equal without their article score {@link
 * #FAMILY_CORE_EQUAL}; a parenthesized alias equal to the other family name counts as equal.
 *
 * <p>Across scripts (one Arabic, one Latin name) a token's similarity is {@link #CROSS_KEY_WEIGHT}
 * times the Jaro-Winkler of the consonant keys ({@link NameKeys#arabicPhonetic} / {@link
 * NameKeys#latinPhonetic}) plus the rest times that of the transliteration with the Latin form.
 *
 * <p>Levels for the linkage model: {@link NameLevel#of} of the similarity.
 */
public final class NameComparator {

  public static final double W_GIVEN = 0.40;
  public static final double W_FATHER = 0.25;
  public static final double W_GRANDFATHER = 0.12;
  public static final double W_ANCESTOR = 0.05;
  public static final double W_FAMILY = 0.23;

  /** Share of a one-sided middle name's weight counted as disagreement. */
  public static final double MISSING = 0.25;

  /** Token similarity at or below which a token counts as disagreeing completely. */
  public static final double FLOOR = 0.70;

  public static final double SKELETON_EQUAL = 0.90;

  /** Latin tokens with equal consonant keys (Yousef / Yusuf): romanization variants. */
  public static final double LATIN_KEY_EQUAL = 0.93;

  public static final double FAMILY_CORE_EQUAL = 0.97;
  public static final double KNOWN_DISTINCT = 0.75;
  public static final double REORDERED = 0.90;

  /** Cross-script token similarity: weight of the consonant-key similarity (rest: spelled form). */
  public static final double CROSS_KEY_WEIGHT = 0.6;

  /** Mixed into an Arabic token's hash to key cross-script pairs in the same memo. */
  private static final long CROSS_SALT = 0x6A09E667F3BCC908L;

  private static final NameComparator STANDARD = new NameComparator(Transliterator.commonNameSet());

  private final Set<String> knownNames;

  /** Per thread, similarities of recently compared token pairs (comparators are shared). */
  private final ThreadLocal<TokenPairMemo> memo = ThreadLocal.withInitial(TokenPairMemo::new);

  private NameComparator(Set<String> knownNames) {
    this.knownNames = Set.copyOf(knownNames);
  }

  /** The comparator with the built-in list of common names as known distinct names. */
  public static NameComparator standard() {
    return STANDARD;
  }

  /**
   * A comparator that also treats every token seen at least {@code minCount} times in {@code
   * frequencies} as a known distinct name (two different frequent names are not a typo).
   */
  public static NameComparator withFrequencies(NameFrequencies frequencies, int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
    }
    java.util.HashSet<String> known = new java.util.HashSet<>(Transliterator.commonNameSet());
    known.addAll(frequencies.tokensSeenAtLeast(minCount));
    return new NameComparator(known);
  }

  /** Similarity in [0,1] of two names of the same script, or across scripts. 0 if one is empty. */
  public double compare(ComparableName a, ComparableName b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    if (a.script != b.script) {
      return a.script == ComparableName.Script.ARABIC ? chain(a, b, true) : chain(b, a, true);
    }
    return chain(a, b, false);
  }

  /** The discrete level of {@link #compare}. */
  public NameLevel level(ComparableName a, ComparableName b) {
    if (a.isEmpty() || b.isEmpty()) {
      return NameLevel.MISSING;
    }
    return NameLevel.of(compare(a, b));
  }

  /**
   * Both alignments in one pass: the given name and the middle names both alignments share are
   * compared once. Role-aligned: given with given, family with family, middles from the father on.
   * Prefix-aligned (lengths differ): the shorter chain read as the first tokens of the longer, a
   * list that omits the family.
   */
  private double chain(ComparableName a, ComparableName b, boolean cross) {
    int na = a.text.length;
    int nb = b.text.length;
    double givenPart = W_GIVEN * agreement(given(a, b, cross));
    int ma = na - 1 - (a.hasFamily ? 1 : 0);
    int mb = nb - 1 - (b.hasFamily ? 1 : 0);
    int common = Math.min(ma, mb);
    double middles = 0;
    double middleWeights = 0;
    for (int k = 0; k < common; k++) {
      double w = middleWeight(k);
      middles += w * agreement(token(a, 1 + k, b, 1 + k, cross));
      middleWeights += w;
    }
    double sum = givenPart + middles;
    double weights = W_GIVEN + middleWeights;
    if (a.hasFamily && b.hasFamily) {
      sum += W_FAMILY * agreement(family(a, b, cross));
      weights += W_FAMILY;
    } else if (a.hasFamily || b.hasFamily) {
      weights += W_FAMILY * MISSING;
    }
    for (int k = common; k < Math.max(ma, mb); k++) {
      weights += middleWeight(k) * MISSING;
    }
    double best = sum / weights;
    if (na != nb && best < 1.0) {
      int n = Math.min(na, nb);
      int longer = Math.max(na, nb);
      boolean longerHasFamily = na > nb ? a.hasFamily : b.hasFamily;
      double prefixSum = givenPart + middles;
      double prefixWeights = W_GIVEN + middleWeights;
      for (int k = common + 1; k < n; k++) {
        double w = middleWeight(k - 1);
        prefixSum += w * agreement(token(a, k, b, k, cross));
        prefixWeights += w;
      }
      for (int k = n; k < longer; k++) {
        boolean isFamily = longerHasFamily && k == longer - 1;
        prefixWeights += (isFamily ? W_FAMILY : middleWeight(k - 1)) * MISSING;
      }
      best = Math.max(best, prefixSum / prefixWeights);
    }
    if (best < REORDERED && na == nb && na >= 2 && sameTokens(a, b, cross)) {
      best = REORDERED;
    }
    return best;
  }

  private static double middleWeight(int k) {
    return k == 0 ? W_FATHER : k == 1 ? W_GRANDFATHER : W_ANCESTOR;
  }

  /** Rescales a token similarity so that {@link #FLOOR} and below mean complete disagreement. */
  static double agreement(double s) {
    if (s >= 1.0) {
      return 1.0;
    }
    return s <= FLOOR ? 0.0 : (s - FLOOR) / (1.0 - FLOOR);
  }

  /**
   * The given names' similarity; a masculine name and its feminine form ({@code امير}/{@code
   * اميره}, {@code زين}/{@code زينه}) are a brother and a sister, capped at {@link
   * #KNOWN_DISTINCT}.
   */
  private double given(ComparableName a, ComparableName b, boolean cross) {
    double s = token(a, 0, b, 0, cross);
    if (!cross
        && s > KNOWN_DISTINCT
        && s < 1.0
        && a.script == ComparableName.Script.ARABIC
        && isFeminineOf(a.text[0], b.text[0])) {
      s = KNOWN_DISTINCT;
    }
    return s;
  }

  private static boolean isFeminineOf(String x, String y) {
    int lx = x.length();
    int ly = y.length();
    if (lx == ly + 1 && x.charAt(lx - 1) == ArabicLetters.HEH) {
      return x.startsWith(y);
    }
    return ly == lx + 1 && y.charAt(ly - 1) == ArabicLetters.HEH && y.startsWith(x);
  }

  private double family(ComparableName a, ComparableName b, boolean cross) {
    int i = a.text.length - 1;
    int j = b.text.length - 1;
    double s = token(a, i, b, j, cross);
    if (s >= 1.0) {
      return s;
    }
    if (!cross && a.familyCoreEquals(b)) {
      s = Math.max(s, FAMILY_CORE_EQUAL);
    }
    for (String alias : a.aliases) {
      if (alias.equals(b.text[j])) {
        return 1.0;
      }
    }
    for (String alias : b.aliases) {
      if (alias.equals(a.text[i])) {
        return 1.0;
      }
    }
    return s;
  }

  /** Similarity of token i of a with token j of b (a is the Arabic side when cross). */
  private double token(ComparableName a, int i, ComparableName b, int j, boolean cross) {
    if (cross) {
      return crossToken(a, i, b, j);
    }
    if (a.tokenEquals(i, b, j)) {
      return 1.0;
    }
    boolean skeletonEqual = a.skeletonEquals(i, b, j);
    boolean readings =
        a.readings != null && a.readings[i].length > 0
            || b.readings != null && b.readings[j].length > 0;
    double skeletonLevel =
        a.script == ComparableName.Script.LATIN ? LATIN_KEY_EQUAL : SKELETON_EQUAL;
    // When even the cheap upper bound of Jaro-Winkler cannot beat what the pair gets anyway
    // (the floor, where agreement is 0, or the skeleton level), skip computing it exactly. Every
    // value at or below the floor means the same (no agreement) to all callers.
    double bound = a.jaroWinklerBound(i, b, j);
    if (!readings) {
      if (!skeletonEqual && bound <= FLOOR) {
        return bound;
      }
      if (skeletonEqual && bound <= skeletonLevel) {
        return skeletonLevel > KNOWN_DISTINCT && isKnown(a, i) && isKnown(b, j)
            ? KNOWN_DISTINCT
            : skeletonLevel;
      }
    } else if (!skeletonEqual && bound <= FLOOR && readingsBelowFloor(a, i, b, j)) {
      return bound;
    }
    // Everything below is a function of both tokens' texts and readings: memoized per thread.
    long x = a.pairKey[i];
    long y = b.pairKey[j];
    TokenPairMemo pairs = memo.get();
    double cached = pairs.get(x, y);
    if (cached >= 0) {
      return cached;
    }
    double s =
        StringSimilarity.jaroWinkler(
            a.chars, a.start(i), a.length(i), b.chars, b.start(j), b.length(j));
    if (s < skeletonLevel && skeletonEqual) {
      s = skeletonLevel;
    }
    if (s > KNOWN_DISTINCT && isKnown(a, i) && isKnown(b, j)) {
      s = KNOWN_DISTINCT;
    }
    if (readings) {
      s = Math.max(s, viaReadings(a, i, b, j, s));
    }
    pairs.put(x, y, s);
    return s;
  }

  /**
   * Similarity of Arabic token i of a with Latin token j of b, memoized per thread like same-script
   * pairs: it reads the Arabic token's consonant key and transliteration and the Latin token's key
   * and text, each a function of its token's text alone, so the two texts' 64-bit hashes identify
   * the pair (salted, so that a cross pair never meets a same-script pair's slot unless 64-bit
   * hashes collide). Across scripts every pair was two Jaro-Winklers, most of the similarity's cost
   * in a search server re-ranking pages (docs/benchmarks.md "Session 24, h-rescore").
   */
  private double crossToken(ComparableName a, int i, ComparableName b, int j) {
    long x = a.hash64[i] ^ CROSS_SALT;
    long y = b.hash64[j];
    TokenPairMemo pairs = memo.get();
    double cached = pairs.get(x, y);
    if (cached >= 0) {
      return cached;
    }
    String ka = a.key[i];
    String kb = b.key[j];
    String la = a.latin[i];
    String lb = b.text[j];
    double keys = ka.equals(kb) ? 1.0 : StringSimilarity.jaroWinkler(ka, kb);
    double spelled = la.equals(lb) ? 1.0 : StringSimilarity.jaroWinkler(la, lb);
    double s = CROSS_KEY_WEIGHT * keys + (1 - CROSS_KEY_WEIGHT) * spelled;
    pairs.put(x, y, s);
    return s;
  }

  private boolean isKnown(ComparableName n, int i) {
    if (i < 64 && (n.common & (1L << i)) != 0) {
      return true;
    }
    return this != STANDARD && knownNames.contains(n.text[i]);
  }

  /**
   * Best similarity when either token is read through one of its repairs (a reading's similarity
   * times its confidence), or 0 when no reading beats {@code current}.
   */
  private static double viaReadings(
      ComparableName a, int i, ComparableName b, int j, double current) {
    double best = current;
    ComparableName.Packed[] ra = a.packedReadings == null ? null : a.packedReadings[i];
    ComparableName.Packed[] rb = b.packedReadings == null ? null : b.packedReadings[j];
    int bf = b.start(j);
    int bl = b.length(j);
    int af = a.start(i);
    int al = a.length(i);
    if (ra != null) {
      for (ComparableName.Packed r : ra) {
        double sim =
            ComparableName.similarityAbove(
                r.chars(),
                0,
                r.chars().length,
                r.letters(),
                b.chars,
                bf,
                bl,
                b.letters[j],
                best / r.confidence());
        best = Math.max(best, r.confidence() * sim);
        if (rb != null) {
          for (ComparableName.Packed q : rb) {
            double c = r.confidence() * q.confidence();
            double pair =
                ComparableName.similarityAbove(
                    r.chars(),
                    0,
                    r.chars().length,
                    r.letters(),
                    q.chars(),
                    0,
                    q.chars().length,
                    q.letters(),
                    best / c);
            best = Math.max(best, c * pair);
          }
        }
      }
    }
    if (rb != null) {
      for (ComparableName.Packed q : rb) {
        double sim =
            ComparableName.similarityAbove(
                a.chars,
                af,
                al,
                a.letters[i],
                q.chars(),
                0,
                q.chars().length,
                q.letters(),
                best / q.confidence());
        best = Math.max(best, q.confidence() * sim);
      }
    }
    return best;
  }

  /**
   * True when no reading of either token can lift the pair above {@link #FLOOR}: each reading's
   * confidence times the upper bound of its similarity (from lengths and letter sets) is at most
   * the floor. Mirrors the candidates {@link #viaReadings} tries.
   */
  private static boolean readingsBelowFloor(ComparableName a, int i, ComparableName b, int j) {
    ComparableName.Packed[] ra = a.packedReadings == null ? null : a.packedReadings[i];
    ComparableName.Packed[] rb = b.packedReadings == null ? null : b.packedReadings[j];
    int bl = b.length(j);
    int al = a.length(i);
    if (ra != null) {
      for (ComparableName.Packed r : ra) {
        int rl = r.chars().length;
        if (r.confidence() * ComparableName.boundOf(rl, r.letters(), bl, b.letters[j]) > FLOOR) {
          return false;
        }
        if (rb != null) {
          for (ComparableName.Packed q : rb) {
            double c = r.confidence() * q.confidence();
            if (c * ComparableName.boundOf(rl, r.letters(), q.chars().length, q.letters())
                > FLOOR) {
              return false;
            }
          }
        }
      }
    }
    if (rb != null) {
      for (ComparableName.Packed q : rb) {
        if (q.confidence() * ComparableName.boundOf(al, a.letters[i], q.chars().length, q.letters())
            > FLOOR) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when every token of a equals a distinct token of b (the order differs). */
  private static boolean sameTokens(ComparableName a, ComparableName b, boolean cross) {
    int na = a.text.length;
    int nb = b.text.length;
    if (nb > 63 || (!cross && a.tokenHashSum != b.tokenHashSum)) {
      return false;
    }
    long used = 0;
    outer:
    for (int i = 0; i < na; i++) {
      for (int j = 0; j < nb; j++) {
        if ((used & (1L << j)) == 0
            && (cross ? a.key[i].equals(b.key[j]) : a.tokenEquals(i, b, j))) {
          used |= 1L << j;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }
}
