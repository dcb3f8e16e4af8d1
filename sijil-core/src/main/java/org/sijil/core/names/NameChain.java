package org.sijil.core.names;

import java.util.List;

/** A parsed name: its normalized tokens in order, each with its role in the chain. */
public record NameChain(List<NameToken> tokens) {

  public NameChain {
    tokens = List.copyOf(tokens);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** The given (first) name, or the empty string. */
  public String given() {
    return tokens.isEmpty() ? "" : tokens.get(0).text();
  }

  /** The family (last) name when the chain has at least two tokens, or the empty string. */
  public String family() {
    return tokens.size() < 2 ? "" : tokens.get(tokens.size() - 1).text();
  }
}
