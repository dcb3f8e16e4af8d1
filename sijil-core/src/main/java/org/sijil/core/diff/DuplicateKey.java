package org.sijil.core.diff;

import java.util.List;

/** A key used by several rows of one release ({@code side} is {@code before} or {@code after}). */
public record DuplicateKey(String key, String side, List<Long> rows) {

  public DuplicateKey {
    rows = List.copyOf(rows);
  }
}
