package org.sijil.core.names;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes {@link ComparableName}s, keeping what each token gives (its skeleton, keys, transliteration
 * and repaired readings) for the next name with that token. A comparable name costs 15-25 µs to
 * build, nearly all of it per token, and names repeat a small vocabulary of tokens: a caller that
 * meets ever new names (a search server re-ranking the persons of each page) pays then only the
 * parse and the packing. Holds at most {@code tokenLimit} tokens per kind; beyond that tokens are
 * made afresh. Thread-safe; the names made are those of {@link ComparableName}'s factories.
 */
public final class ComparableNames {

  private final int tokenLimit;
  private final Map<Repairs.LamAlef, Map<String, TokenForms>> arabic =
      new EnumMap<>(Repairs.LamAlef.class);
  private final Map<String, String> latinKeys = new ConcurrentHashMap<>();

  public ComparableNames(int tokenLimit) {
    this.tokenLimit = tokenLimit;
    for (Repairs.LamAlef mode : Repairs.LamAlef.values()) {
      arabic.put(mode, new ConcurrentHashMap<>());
    }
  }

  /** As {@link ComparableName#of}. */
  public ComparableName of(NameChain chain) {
    return ComparableName.ofChain(chain, List.of(), this::arabicForms);
  }

  /** As {@link ComparableName#arabic}. */
  public ComparableName arabic(String raw) {
    ParsedName p = NameParser.parseFull(raw);
    return ComparableName.ofChain(p.chain(), p.aliases(), this::arabicForms);
  }

  /** As {@link ComparableName#latin}. */
  public ComparableName latin(String raw) {
    return ComparableName.latin(raw, this::latinKey);
  }

  private TokenForms arabicForms(String token, Repairs.LamAlef mode) {
    Map<String, TokenForms> kept = arabic.get(mode);
    TokenForms forms = kept.get(token);
    if (forms == null) {
      forms = TokenForms.of(token, mode);
      if (kept.size() < tokenLimit) {
        kept.put(token, forms);
      }
    }
    return forms;
  }

  private String latinKey(String token) {
    String key = latinKeys.get(token);
    if (key == null) {
      key = NameKeys.latinTokenKey(token);
      if (latinKeys.size() < tokenLimit) {
        latinKeys.put(token, key);
      }
    }
    return key;
  }
}
