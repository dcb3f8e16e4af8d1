package org.sijil.core.names;

import java.util.List;

/**
 * Everything the parser reads from one raw name: the raw text as given (never altered), its
 * normalized form, the chain, and aliases written in parentheses (a maiden or second family name,
 * e.g. {@code حسونه (عبدالباري)}; PDF extraction often flips the brackets to {@code )X(}).
 */
public record ParsedName(String raw, String normalized, NameChain chain, List<String> aliases) {

  public ParsedName {
    raw = raw == null ? "" : raw;
    aliases = List.copyOf(aliases);
  }
}
