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

  public int size() {
    return tokens.size();
  }

  /** The given (first) name, or the empty string. */
  public String given() {
    return tokens.isEmpty() ? "" : tokens.get(0).text();
  }

  /**
   * The family name (the last token when the chain has at least two and does not end in a
   * patronymic {@code بن X}), or the empty string.
   */
  public String family() {
    if (tokens.size() < 2) {
      return "";
    }
    NameToken last = tokens.get(tokens.size() - 1);
    return last.role() == NameRole.FAMILY ? last.text() : "";
  }

  /** The text of the token with {@code role} (first one for ANCESTOR), or the empty string. */
  public String text(NameRole role) {
    for (NameToken t : tokens) {
      if (t.role() == role) {
        return t.text();
      }
    }
    return "";
  }

  /** The tokens joined by single spaces. */
  public String joined() {
    StringBuilder sb = new StringBuilder();
    for (NameToken t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
