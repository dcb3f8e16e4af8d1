package org.sijil.core.names;

/**
 * Two name chains one word apart compared word by word, as if the longer chain had not written one
 * of its words: a list that leaves out the grandfather or an ancestor, adds an alias or a family's
 * second name, or writes a compound only as its first part ({@code عبدالكريم منير} romanized {@code
 * Abd Mani}, which the Latin normalizer joins into one word {@code abdmani}). Without it such
 * chains fall back on Jaro–Winkler of the whole name, which scores one person's two records like
 * strangers'.
 *
 * <p>Rules, so that the alignment does not lift unrelated names:
 *
 * <ol>
 *   <li>only chains whose lengths differ by exactly one, the shorter of at least {@value
 *       #MIN_SHORTER} words (three names agreeing in place is strong evidence; two are not);
 *   <li>a word may be dropped from position {@value #FIRST_DROPPABLE} on (grandfather, further
 *       ancestors, family or an appended alias), never the given name or the father: without the
 *       given name a son's chain reads as his father's, without the father as his uncle's;
 *   <li>a compound truncated to {@code abd} is read at any position, but only where the longer
 *       chain has an {@code abd} compound there and the shorter's word starts with {@code abd} and
 *       goes on: the rest of that word is then compared with the longer chain's next word;
 *   <li>the remaining words, in order, are compared in place and the weakest decides (as for chains
 *       of equal length), and the result is capped at {@value #DROPPED_WORD}: a chain missing a
 *       word is never as good as a whole one;
 *   <li>two adjacent words of the longer chain may also be read as one, run together, against one
 *       word of the shorter (a compound one list writes apart: {@code المعتصم بالله} / {@code
 *       Muatsm Ballah}, {@code Fatima-al-zahra}) when their lengths fit ({@link #joinedFits}), at
 *       any position: nothing is missing then, so the cap is {@value #JOINED}.
 * </ol>
 */
public final class WordDrop {

  /** Highest similarity of two chains aligned by dropping a word. */
  public static final double DROPPED_WORD = 0.90;

  /** Highest similarity of two chains aligned by reading two words of the longer as one. */
  public static final double JOINED = 0.95;

  /** Letters by which a word and two words run together may differ in length, at least. */
  public static final int JOINED_SLACK = 2;

  /** Fewest words the shorter chain must have. */
  public static final int MIN_SHORTER = 3;

  /** First position of the longer chain that may be dropped (0 is the given name). */
  public static final int FIRST_DROPPABLE = 2;

  /** The compound prefix a romanization may write alone for the whole compound. */
  public static final String ABD = "abd";

  private WordDrop() {}

  /** Word similarities of two chains, by index in the shorter and the longer chain. */
  public interface Words {
    /** Similarity of word {@code i} of the shorter chain with word {@code j} of the longer. */
    double similarity(int i, int j);

    /** Whether word {@code j} of the longer chain starts with {@link #ABD}. */
    boolean longerIsAbd(int j);

    /**
     * Similarity of word {@code i} of the shorter chain without its leading {@link #ABD} with word
     * {@code j} of the longer, or a negative number when word {@code i} does not start with {@link
     * #ABD} followed by more letters.
     */
    double afterAbd(int i, int j);

    /**
     * Similarity of word {@code i} of the shorter chain with words j and j+1 of the longer run
     * together, or a negative number when their lengths do not {@link #joinedFits fit}.
     */
    double joined(int i, int j);
  }

  /**
   * Whether a word of {@code word} letters may be compared with two words of {@code joined} letters
   * run together: lengths within {@value #JOINED_SLACK} letters, or a quarter of the word. Without
   * it a word would meet any longer pair of words it begins ({@code احمد} / {@code احمد خالد}:
   * Jaro–Winkler rewards the common prefix), and a chain could lose its father that way.
   */
  public static boolean joinedFits(int word, int joined) {
    return Math.abs(word - joined) <= Math.max(JOINED_SLACK, word / 4);
  }

  /** Whether chains of these lengths are compared by {@link #similarity}. */
  public static boolean applies(int lengthA, int lengthB) {
    return Math.abs(lengthA - lengthB) == 1 && Math.min(lengthA, lengthB) >= MIN_SHORTER;
  }

  /**
   * The best similarity of the shorter chain (length {@code shorter}) with the longer one (length
   * shorter + 1) over the allowed alignments, each capped ({@link #DROPPED_WORD}, {@link #JOINED});
   * 0 when the shorter chain is too short. Words are compared until the running best cannot be
   * beaten.
   */
  public static double similarity(int shorter, Words w) {
    return similarity(shorter, w, Double.NEGATIVE_INFINITY);
  }

  /**
   * {@link #similarity(int, Words)} when it is at least {@code floor}; otherwise some value below
   * {@code floor}. An alignment is given up as soon as one of its words falls below the floor, as
   * when it cannot beat the running best: comparisons that only ask whether a pair reaches a level
   * (random pairs, hopeless candidates) stop early.
   */
  public static double similarity(int shorter, Words w, double floor) {
    if (shorter < MIN_SHORTER) {
      return 0;
    }
    // Strictly below the floor: a word exactly at it must still be seen through.
    double below = Math.nextDown(floor);
    int longer = shorter + 1;
    double best = 0;
    for (int d = 0; d + 1 < longer && best < JOINED; d++) {
      best = Math.max(best, Math.min(JOINED, joinedAt(shorter, d, Math.max(best, below), w)));
    }
    for (int d = 0; d < longer && best < DROPPED_WORD; d++) {
      if (d >= FIRST_DROPPABLE) {
        best =
            Math.max(
                best, Math.min(DROPPED_WORD, aligned(shorter, d, -1, Math.max(best, below), w)));
      }
      if (d + 1 < longer && w.longerIsAbd(d)) {
        best =
            Math.max(
                best, Math.min(DROPPED_WORD, aligned(shorter, d, d, Math.max(best, below), w)));
      }
    }
    return best;
  }

  /**
   * The weakest word when words d and d+1 of the longer chain are read as word d of the shorter.
   */
  private static double joinedAt(int shorter, int d, double floor, Words w) {
    double min = w.joined(d, d);
    for (int i = 0; i < shorter && min > floor; i++) {
      if (i != d) {
        min = Math.min(min, w.similarity(i, i < d ? i : i + 1));
      }
    }
    return min;
  }

  /**
   * The weakest word of the shorter chain against the longer without word {@code dropped}; word
   * {@code abdAt} of the shorter (or none, -1) read as a truncated compound; at or below {@code
   * floor} as soon as it is known not to beat it.
   */
  private static double aligned(int shorter, int dropped, int abdAt, double floor, Words w) {
    double min = 1;
    for (int i = 0; i < shorter && min > floor; i++) {
      int j = i < dropped ? i : i + 1;
      double s = i == abdAt ? w.afterAbd(i, j) : w.similarity(i, j);
      min = Math.min(min, s);
    }
    return min;
  }
}
