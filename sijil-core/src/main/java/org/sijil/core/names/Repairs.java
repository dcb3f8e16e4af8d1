package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidate repairs of extraction damage, token by token. Repairs produce extra readings; the
 * written form always stays the first reading.
 *
 * <p>Reversed lam-alef is decided per name: if any token carries an unmistakable marker ({@code
 * هللا}, a word ending in {@code الل} or {@code الء}, or starting {@code اال}), the whole name came
 * from a damaging extractor and every {@code ال} inside a word (not an article) is read as {@code
 * لا} with full confidence. If the name contains a correct {@code لا}, its extractor kept ligatures
 * and no swap is proposed. Otherwise a swap is proposed at {@link #SPECULATIVE} confidence when it
 * gives a known common name, since {@code صالح} and {@code صلاح} are both real names.
 */
public final class Repairs {

  /** Confidence of a repair that may undo a correct spelling. */
  public static final double SPECULATIVE = 0.88;

  private static final String DAMAGED_ALLAH = "هللا";
  private static final String ALLAH = "الله";
  private static final int MAX_ALTERNATES = 4;

  enum LamAlef {
    DEFINITE,
    SPECULATIVE,
    NONE
  }

  private Repairs() {}

  /** How lam-alef swaps apply to a name made of {@code tokens}. */
  static LamAlef lamAlefMode(List<String> tokens) {
    int traits = 0;
    for (String t : tokens) {
      traits |= lamAlefTrait(t);
    }
    return lamAlefMode(traits);
  }

  /** A token's marker of reversed lam-alef. */
  static final int MARKED = 1;

  /** A token's correct lam-alef. */
  static final int CORRECT = 2;

  /** What one token says about its name's lam-alef: {@link #MARKED}, {@link #CORRECT}, both, 0. */
  static int lamAlefTrait(String t) {
    return (hasLamAlefMarker(t) ? MARKED : 0) | (t.contains("لا") ? CORRECT : 0);
  }

  /**
   * How lam-alef swaps apply to a name whose tokens' {@link #lamAlefTrait}s together are {@code
   * traits}: a marker anywhere settles it, else a correct lam-alef excludes swaps.
   */
  static LamAlef lamAlefMode(int traits) {
    if ((traits & MARKED) != 0) {
      return LamAlef.DEFINITE;
    }
    return (traits & CORRECT) != 0 ? LamAlef.NONE : LamAlef.SPECULATIVE;
  }

  /** True when {@code token} shows reversed lam-alef beyond doubt. */
  static boolean hasLamAlefMarker(String t) {
    return t.contains(DAMAGED_ALLAH)
        || t.endsWith("الل")
        || t.endsWith("الء")
        || t.startsWith("اال");
  }

  /** The alternative readings of one normalized token (never including the token itself). */
  static List<Reading> alternates(String token, LamAlef mode) {
    List<Reading> out = new ArrayList<>(2);
    int n = token.length();
    if (n >= 4 && n % 2 == 0 && token.regionMatches(0, token, n / 2, n / 2)) {
      out.add(new Reading(token.substring(0, n / 2), 1.0, Set.of(Damage.DOUBLED_FRAGMENT)));
    }
    if (n >= 4
        && token.charAt(n - 1) == ArabicLetters.YEH
        && token.charAt(n - 2) == ArabicLetters.YEH) {
      out.add(new Reading(token.substring(0, n - 1), SPECULATIVE, Set.of(Damage.DOUBLED_FRAGMENT)));
    }
    lamAlef(token, mode, out);
    return out;
  }

  private static void lamAlef(String token, LamAlef mode, List<Reading> out) {
    String base = token.replace(DAMAGED_ALLAH, ALLAH);
    boolean fixedAllah = !base.equals(token);
    int[] eligible = new int[4];
    int count = 0;
    if (mode != LamAlef.NONE) {
      for (int i = 1; i + 1 < base.length() && count < eligible.length; i++) {
        // A word-final ال is a swap candidate only in three-letter words (عال for علا): longer
        // words ending so (جمال, طلال) are common and almost never a damaged -لا.
        boolean finalPair = i + 2 == base.length();
        if (base.charAt(i) == ArabicLetters.ALEF
            && base.charAt(i + 1) == ArabicLetters.LAM
            && (!finalPair || base.length() == 3)
            && !base.startsWith(ALLAH, i)
            && !Compounds.isCompoundArticle(base, i)) {
          eligible[count++] = i;
        }
      }
    }
    double conf = mode == LamAlef.DEFINITE ? 1.0 : SPECULATIVE;
    Set<Damage> damage = Set.of(Damage.REVERSED_LAM_ALEF);
    if (count == 0) {
      if (fixedAllah) {
        out.add(new Reading(base, 1.0, damage));
      }
      return;
    }
    char[] all = base.toCharArray();
    for (int k = 0; k < count; k++) {
      swap(all, eligible[k]);
    }
    addSwap(out, new String(all), mode, conf);
    if (count > 1) {
      for (int k = 0; k < count && out.size() < MAX_ALTERNATES; k++) {
        char[] one = base.toCharArray();
        swap(one, eligible[k]);
        addSwap(out, new String(one), mode, conf);
      }
    }
    if (fixedAllah && out.size() < MAX_ALTERNATES) {
      out.add(new Reading(base, 1.0, damage));
    }
  }

  /**
   * Adds a swapped reading; a speculative one only when it is a known name ({@code صالح} may be
   * {@code صلاح}, but {@code خالد} is never read as {@code خلاد}).
   */
  private static void addSwap(List<Reading> out, String text, LamAlef mode, double conf) {
    if (mode == LamAlef.DEFINITE || Transliterator.commonNameSet().contains(text)) {
      out.add(new Reading(text, conf, Set.of(Damage.REVERSED_LAM_ALEF)));
    }
  }

  private static void swap(char[] w, int i) {
    w[i] = ArabicLetters.LAM;
    w[i + 1] = ArabicLetters.ALEF;
  }
}
