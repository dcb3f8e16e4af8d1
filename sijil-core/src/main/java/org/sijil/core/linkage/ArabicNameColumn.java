package org.sijil.core.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameReadings;
import org.sijil.core.names.NameRole;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.names.NameToken;
import org.sijil.core.names.Reading;

/** Arabic name chains, parsed and normalized by the name engine. */
final class ArabicNameColumn extends NameColumn {

  private final NameChain[] chains;

  ArabicNameColumn(String field, String[] raw, String similarity) {
    this(field, raw, null, similarity);
  }

  /**
   * From names already parsed by the name engine ({@code parsed[r]} null when absent), or, when
   * {@code parsed} is null, parsed here.
   */
  ArabicNameColumn(String field, String[] raw, NameChain[] parsed, String similarity) {
    super(field, raw.length, similarity);
    int n = raw.length;
    chains = "name_engine".equals(similarity) ? new NameChain[n] : null;
    // Millions of names are spelled with a few thousand words: what a word gives (its text and
    // key, what it says of the name's repair mode, its repairs) is worked out once per word.
    Map<String, TokenFeatures> words = new ConcurrentHashMap<>();
    fill(
        raw,
        r -> {
          if (raw[r] == null || raw[r].isBlank()) {
            return null;
          }
          NameChain chain = parsed != null ? parsed[r] : NameParser.parse(raw[r]);
          Derived d = derive(chain, words);
          if (chains != null && d != null) {
            chains[r] = chain;
          }
          return d;
        });
  }

  /** No repair for a token in a mode. */
  private static final Reading NONE = new Reading("", 1, java.util.Set.of());

  /**
   * What one distinct token of the column gives, made once per token (a run's map holds one per
   * distinct token, so it is bounded by the column's vocabulary): its {@link Word}, its {@link
   * NameReadings#modeSignal}, and its best repair in each {@link NameReadings#repairMode}, worked
   * out when a name first needs it ({@link #NONE}: none). Two threads may both work out the same
   * repair; they store equal immutable readings, so either may win.
   */
  private static final class TokenFeatures {
    final Word word;
    final int signal;
    private final Reading[] repairs = new Reading[NameReadings.repairModes()];

    TokenFeatures(String token) {
      this.word = new Word(token.replace(" ", ""), NameKeys.arabicSkeleton(token));
      this.signal = NameReadings.modeSignal(token);
    }

    Reading repair(String token, int mode) {
      Reading best = repairs[mode];
      if (best == null) {
        List<Reading> alternates = NameReadings.tokenRepairs(token, mode);
        best = alternates.isEmpty() ? NONE : alternates.get(0);
        repairs[mode] = best;
      }
      return best;
    }
  }

  /**
   * The tokens of one chain (spaces removed) with their skeletons and, for tokens that look
   * damaged, their best repaired reading (see {@link NameReadings}); null for an empty chain.
   */
  private static Derived derive(NameChain chain, Map<String, TokenFeatures> words) {
    if (chain == null || chain.isEmpty()) {
      return null;
    }
    List<NameToken> tokens = chain.tokens();
    int n = tokens.size();
    TokenFeatures[] features = new TokenFeatures[n];
    String[] texts = new String[n];
    StringBuilder skel = new StringBuilder();
    String[] p = new String[PARTS.length];
    int signal = 0;
    for (int i = 0; i < n; i++) {
      NameToken t = tokens.get(i);
      TokenFeatures f = words.get(t.text());
      if (f == null) {
        f = words.computeIfAbsent(t.text(), TokenFeatures::new);
      }
      features[i] = f;
      signal = Math.max(signal, f.signal);
      texts[i] = f.word.text();
      String key = f.word.key();
      skel.append(key).append('|');
      int slot = slot(t.role(), i, n);
      if (slot >= 0 && p[slot] == null) {
        p[slot] = key;
      }
    }
    // Repairs depend on the token and the name's mode only (NameReadings.repairMode).
    int mode = NameReadings.repairMode(signal);
    String[] repaired = null;
    float[] confidence = null;
    for (int i = 0; i < n; i++) {
      Reading best = features[i].repair(tokens.get(i).text(), mode);
      if (best != NONE) {
        if (repaired == null) {
          repaired = new String[n];
          confidence = new float[n];
        }
        repaired[i] = best.text().replace(" ", "");
        confidence[i] = (float) best.confidence();
      }
    }
    return new Derived(texts, p, skel.toString(), repaired, confidence);
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
