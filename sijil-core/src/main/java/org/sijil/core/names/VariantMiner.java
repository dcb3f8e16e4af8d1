package org.sijil.core.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.text.StringSimilarity;

/**
 * Learns {@link NameVariants} from names known to be the same in Arabic and in Latin letters: a
 * dictionary of name words with their spellings, or the records of a list that carries both scripts
 * (each record is a certain pair: the list wrote both names of one person). Each pair is reduced by
 * {@link Romanization} ({@link Romanization#arabic} and {@link Romanization#latin}) and, when both
 * sides have as many words, aligned word by word; a Latin word that differs from the Arabic word's
 * transliteration is a vote for "this spelling is that name". Rules:
 *
 * <ul>
 *   <li>a variant is kept when it has at least {@code minVotes} votes, and at least {@value
 *       #MAJORITY} of its votes go to one name (a spelling shared by two names is no evidence);
 *   <li>a spelling that is itself the transliteration of some Arabic word seen is never a variant
 *       (it would merge two names: {@code samir} stays apart from {@code samr});
 *   <li>the two forms must be alike (Jaro–Winkler at least {@value #MIN_LIKENESS}): a pair further
 *       apart is a misalignment (a dropped or truncated word), not a spelling.
 * </ul>
 *
 * Not thread-safe; one miner per learning run.
 */
public final class VariantMiner {

  /** Share of a spelling's votes that must go to one name. */
  static final double MAJORITY = 2.0 / 3.0;

  /** Least Jaro–Winkler likeness of a spelling and the name it is a variant of. */
  static final double MIN_LIKENESS = 0.75;

  private final Map<String, Map<String, Integer>> votes = new HashMap<>();
  private final Set<String> canonical = new HashSet<>();
  private long pairs;
  private long aligned;

  /** Adds one pair: an Arabic name (a word or a chain) and its Latin spelling, as one vote. */
  public void add(String arabic, String latin) {
    add(arabic, latin, 1);
  }

  /**
   * Adds one pair counting {@code weight} votes (a dictionary entry is worth more than one record).
   */
  public void add(String arabic, String latin, int weight) {
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be 1 or more, got " + weight);
    }
    if (arabic == null || latin == null || arabic.isBlank() || latin.isBlank()) {
      return;
    }
    pairs++;
    List<String> a = Romanization.arabic(NameParser.parse(arabic));
    List<String> l = Romanization.latin(latin);
    canonical.addAll(a);
    if (a.size() != l.size() || a.isEmpty()) {
      return;
    }
    aligned++;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(l.get(i))) {
        votes.computeIfAbsent(l.get(i), k -> new HashMap<>()).merge(a.get(i), weight, Integer::sum);
      }
    }
  }

  /** Pairs added, and pairs whose names had as many words on both sides. */
  public long pairs() {
    return pairs;
  }

  public long aligned() {
    return aligned;
  }

  /** The variants learnt so far (see the class rules). */
  public NameVariants variants(int minVotes) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
      String spelling = e.getKey();
      if (canonical.contains(spelling)) {
        continue;
      }
      int total = 0;
      String best = null;
      int bestVotes = 0;
      for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
        total += v.getValue();
        if (v.getValue() > bestVotes
            || v.getValue() == bestVotes && best != null && v.getKey().compareTo(best) < 0) {
          best = v.getKey();
          bestVotes = v.getValue();
        }
      }
      if (bestVotes >= minVotes
          && bestVotes >= MAJORITY * total
          && StringSimilarity.jaroWinkler(spelling, best) >= MIN_LIKENESS) {
        out.put(spelling, best);
      }
    }
    return NameVariants.of(out);
  }
}
