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
    // Millions of names are spelled with a few thousand words: each word's key is computed once.
    Map<String, Word> skeletons = new ConcurrentHashMap<>();
    RepairMemo repairs = new RepairMemo();
    fill(
        raw,
        r -> {
          if (raw[r] == null || raw[r].isBlank()) {
            return null;
          }
          NameChain chain = parsed != null ? parsed[r] : NameParser.parse(raw[r]);
          Derived d = derive(chain, skeletons, repairs);
          if (chains != null && d != null) {
            chains[r] = chain;
          }
          return d;
        });
  }

  /** No repair for a token (a map cannot hold null). */
  private static final Reading NONE = new Reading("", 1, java.util.Set.of());

  /**
   * The tokens of one chain (spaces removed) with their skeletons and, for tokens that look
   * damaged, their best repaired reading (see {@link NameReadings}); null for an empty chain.
   */
  private static Derived derive(NameChain chain, Map<String, Word> skeletons, RepairMemo repairs) {
    if (chain == null || chain.isEmpty()) {
      return null;
    }
    List<NameToken> tokens = chain.tokens();
    String[] texts = new String[tokens.size()];
    String[] keys = new String[tokens.size()];
    String[] p = new String[PARTS.length];
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      Word w = skeletons.get(t.text());
      if (w == null) {
        w =
            skeletons.computeIfAbsent(
                t.text(), x -> new Word(x.replace(" ", ""), NameKeys.arabicSkeleton(x)));
      }
      texts[i] = w.text();
      String key = w.key();
      keys[i] = key;
      int slot = slot(t.role(), i, tokens.size());
      if (slot >= 0 && p[slot] == null) {
        p[slot] = key;
      }
    }
    List<String> written = new java.util.ArrayList<>(tokens.size());
    for (NameToken t : tokens) {
      written.add(t.text());
    }
    int mode = NameReadings.repairMode(written);
    String[] repaired = null;
    float[] confidence = null;
    for (int i = 0; i < written.size(); i++) {
      String token = written.get(i);
      Reading best = repairs.best(token, mode);
      if (best != NONE) {
        if (repaired == null) {
          repaired = new String[written.size()];
          confidence = new float[written.size()];
        }
        repaired[i] = best.text().replace(" ", "");
        confidence[i] = (float) best.confidence();
      }
    }
    return new Derived(texts, p, NameLayout.skeleton(keys), repaired, confidence);
  }

  /**
   * Each token's best repair in each repair mode ({@link NameReadings#repairMode}), worked out
   * once: it depends on the token and the mode only. One map per mode, so that a look-up hashes the
   * token's own string (whose hash it keeps) and builds no key of mode and token.
   */
  private static final class RepairMemo {
    private final List<Map<String, Reading>> byMode = new java.util.ArrayList<>();

    RepairMemo() {
      for (int m = 0; m < NameReadings.REPAIR_MODES; m++) {
        byMode.add(new ConcurrentHashMap<>());
      }
    }

    Reading best(String token, int mode) {
      Map<String, Reading> repairs = byMode.get(mode);
      Reading best = repairs.get(token);
      if (best == null) {
        best =
            repairs.computeIfAbsent(
                token,
                t -> {
                  List<Reading> alternates = NameReadings.tokenRepairs(t, mode);
                  return alternates.isEmpty() ? NONE : alternates.get(0);
                });
      }
      return best;
    }
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
