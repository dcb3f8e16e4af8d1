package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.Romanization;

/**
 * A name compared across scripts: the Arabic name of a record that has no Latin one against the
 * Latin name of a record that has no Arabic one, both written in {@link Romanization}'s reduced
 * words. Only such pairs are compared here: a pair whose records share a script is compared by that
 * script's own comparison, and counting its names twice would count the same evidence twice.
 * Records with both names, or with none, are null; so is every record when the job holds no pair of
 * an Arabic-only and a Latin-only record (the comparison and its blocking rules then drop out of
 * the spec in effect, costing nothing).
 *
 * <p>Blocking parts are the {@link Romanization#skeleton skeletons} of the chain's words (given,
 * father, grandfather, family; {@code full} all of them), which spellings that differ only in
 * vowels share. The similarity is the weakest token's, where two words with equal skeletons count
 * at least {@link NameColumn#SKELETON_EQUAL}.
 */
final class CrossScriptNameColumn extends NameColumn {

  /** Script of a record that can be compared here. */
  private static final byte NONE = 0;

  private static final byte ARABIC = 1;
  private static final byte LATIN = 2;

  /**
   * @param arabic each record's Arabic name (null when absent)
   * @param latin each record's Latin name (null when absent)
   * @param leftSize records of the left list (a link job), the rest are the right list's
   */
  CrossScriptNameColumn(
      String field,
      String[] arabic,
      String[] latin,
      int leftSize,
      boolean link,
      String similarity) {
    super(
        field,
        arabic.length,
        similarity == null ? Kind.WEAKEST_TOKEN_JARO_WINKLER.key() : similarity);
    int n = arabic.length;
    byte[] script = new byte[n];
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            r -> {
              boolean ar = present(arabic[r]);
              boolean en = present(latin[r]);
              script[r] = ar == en ? NONE : ar ? ARABIC : LATIN;
            });
    boolean cross = crossPairsExist(script, leftSize, link);
    if (!cross) {
      java.util.Arrays.fill(script, NONE);
    }
    this.group = script;
    if (!cross) {
      // Every record is null here: nothing to derive (most jobs, whose records share a script).
      fillAbsent();
      skeletonIds = new int[0];
      showFrom(r -> shown(arabic[r], latin[r]));
      return;
    }
    Map<String, Word> words = new ConcurrentHashMap<>();
    String[] texts = new String[n];
    for (int r = 0; r < n; r++) {
      texts[r] = script[r] == ARABIC ? arabic[r] : script[r] == LATIN ? latin[r] : null;
    }
    fill(
        texts,
        r ->
            switch (script[r]) {
              case ARABIC -> derive(Romanization.arabic(NameParser.parse(arabic[r])), words);
              case LATIN -> derive(Romanization.latin(latin[r]), words);
              default -> null;
            });
    skeletonIds = skeletonIds();
    // Every record shows its name, also one compared here in the other script's column only.
    showFrom(r -> shown(arabic[r], latin[r]));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** Whether some pair the job compares joins an Arabic-only and a Latin-only record. */
  private static boolean crossPairsExist(byte[] script, int leftSize, boolean link) {
    boolean[][] seen = new boolean[2][3];
    for (int r = 0; r < script.length; r++) {
      seen[link && r >= leftSize ? 1 : 0][script[r]] = true;
    }
    if (!link) {
      return seen[0][ARABIC] && seen[0][LATIN];
    }
    return (seen[0][ARABIC] && seen[1][LATIN]) || (seen[0][LATIN] && seen[1][ARABIC]);
  }

  /** Reduced words with their skeletons as blocking parts; null when nothing is left. */
  private static Derived derive(List<String> reduced, Map<String, Word> words) {
    if (reduced.isEmpty()) {
      return null;
    }
    String[] tokens = new String[reduced.size()];
    String[] keys = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Word w = words.computeIfAbsent(reduced.get(i), LatinNameColumn::word);
      tokens[i] = w.text();
      keys[i] = w.key();
    }
    return new Derived(tokens, LatinNameColumn.parts(keys), NameLayout.skeleton(keys));
  }

  @Override
  double engine(int a, int b) {
    return similarity(a, b, new Scratch());
  }

  /** What a record shows: its Arabic name, else its Latin one. */
  static String shown(String arabic, String latin) {
    return arabic != null && !arabic.isBlank() ? arabic : latin;
  }
}
