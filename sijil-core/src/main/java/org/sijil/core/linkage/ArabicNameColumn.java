package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.core.names.ArabicWords;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameReadings;
import org.sijil.core.names.NameRole;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.names.Reading;

/** Arabic name chains, parsed and normalized by the name engine. */
final class ArabicNameColumn extends NameColumn {

  private final NameChain[] chains;

  ArabicNameColumn(String field, String[] raw, String similarity) {
    super(field, raw.length, similarity);
    int n = raw.length;
    chains = "name_engine".equals(similarity) ? new NameChain[n] : null;
    // Millions of names are spelled with a few thousand words: each word is normalized once, and
    // each token's key and repairs are worked out once.
    ArabicWords words = new ArabicWords();
    Map<String, Token> memo = new ConcurrentHashMap<>();
    fill(
        raw,
        r -> {
          if (raw[r] == null || raw[r].isBlank()) {
            return null;
          }
          ArabicWords.Tokens tokens = words.tokens(raw[r]);
          Derived d = derive(tokens, memo);
          if (chains != null && d != null) {
            chains[r] = tokens.chain();
          }
          return d;
        });
  }

  /**
   * A distinct token as the column uses it: its text (spaces removed), its skeleton, what it says
   * about its name's repair mode ({@link NameReadings#repairTrait}), and its best repaired reading
   * in each repair mode (null: none), spaces removed, with its confidence.
   */
  private record Token(
      String text, String key, int repairTrait, String[] repaired, float[] confidence) {

    static Token of(String token) {
      String[] repaired = new String[NameReadings.REPAIR_MODES];
      float[] confidence = new float[NameReadings.REPAIR_MODES];
      for (int mode = 0; mode < repaired.length; mode++) {
        List<Reading> alternates = NameReadings.tokenRepairs(token, mode);
        if (!alternates.isEmpty()) {
          repaired[mode] = alternates.get(0).text().replace(" ", "");
          confidence[mode] = (float) alternates.get(0).confidence();
        }
      }
      return new Token(
          token.replace(" ", ""),
          NameKeys.arabicSkeleton(token),
          NameReadings.repairTrait(token),
          repaired,
          confidence);
    }
  }

  /**
   * The tokens of one name (spaces removed) with their skeletons and, for tokens that look damaged,
   * their best repaired reading (see {@link NameReadings}); null for a name without tokens.
   */
  private static Derived derive(ArabicWords.Tokens name, Map<String, Token> memo) {
    String[] written = name.texts();
    if (written.length == 0) {
      return null;
    }
    String[] texts = new String[written.length];
    String[] p = new String[PARTS.length];
    Token[] tokens = new Token[written.length];
    int traits = 0;
    for (int i = 0; i < written.length; i++) {
      Token t = memo.get(written[i]);
      if (t == null) {
        t = memo.computeIfAbsent(written[i], Token::of);
      }
      tokens[i] = t;
      texts[i] = t.text();
      traits |= t.repairTrait();
      int slot = slot(name.role(i), i, written.length);
      if (slot >= 0 && p[slot] == null) {
        p[slot] = t.key();
      }
    }
    int mode = NameReadings.repairMode(traits);
    String[] repaired = null;
    float[] confidence = null;
    String[] keys = new String[written.length];
    for (int i = 0; i < written.length; i++) {
      keys[i] = tokens[i].key();
      if (tokens[i].repaired()[mode] != null) {
        if (repaired == null) {
          repaired = new String[written.length];
          confidence = new float[written.length];
        }
        repaired[i] = tokens[i].repaired()[mode];
        confidence[i] = tokens[i].confidence()[mode];
      }
    }
    return new Derived(texts, p, NameLayout.skeleton(keys), repaired, confidence);
  }

  /** Given, father, grandfather, family: by role, falling back on position. */
  static int slot(NameRole role, int index, int size) {
    if (role != null) {
      switch (role) {
        case GIVEN:
          return 0;
        case FATHER:
          return 1;
        case GRANDFATHER:
          return 2;
        case FAMILY:
          return 3;
        default:
          return -1;
      }
    }
    if (index == 0) {
      return 0;
    }
    if (index == size - 1) {
      return 3;
    }
    return index <= 2 ? index : -1;
  }

  @Override
  double engine(int a, int b) {
    return NameSimilarity.chain(chains[a], chains[b]);
  }
}
