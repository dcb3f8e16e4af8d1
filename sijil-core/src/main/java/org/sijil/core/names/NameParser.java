package org.sijil.core.names;

import java.util.ArrayList;
import java.util.List;

/** Parses a raw Arabic name into a {@link NameChain}. (Placeholder; the full parser is issue #3.) */
public final class NameParser {

  private NameParser() {}

  public static NameChain parse(String raw) {
    String norm = ArabicNormalizer.standard().normalize(raw);
    List<NameToken> tokens = new ArrayList<>();
    if (norm.isEmpty()) {
      return new NameChain(tokens);
    }
    String[] parts = norm.split(" ");
    for (int i = 0; i < parts.length; i++) {
      NameRole role =
          i == 0 ? NameRole.GIVEN
              : i == parts.length - 1 ? NameRole.FAMILY
              : i == 1 ? NameRole.FATHER
              : i == 2 ? NameRole.GRANDFATHER
              : NameRole.ANCESTOR;
      tokens.add(new NameToken(parts[i], role));
    }
    return new NameChain(tokens);
  }
}
