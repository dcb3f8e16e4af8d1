package org.sijil.server.service;

import java.util.Map;
import java.util.Optional;
import org.sijil.server.model.ReleaseDiff;

/** Where release diffs come from: computed from the register on demand, or a fixed map in tests. */
@FunctionalInterface
public interface Diffs {

  /**
   * The diff from release {@code from} to release {@code to} of {@code source}, if it can be made.
   */
  Optional<ReleaseDiff> diff(String source, String from, String to);

  /**
   * The corrections report of {@code source} (keys removed between releases, and returns), when
   * this register can make one.
   */
  default Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    return Optional.empty();
  }

  static Diffs none() {
    return (s, f, t) -> Optional.empty();
  }

  /** Diffs from a map keyed by {@link #key}. */
  static Diffs of(Map<String, ReleaseDiff> map) {
    Map<String, ReleaseDiff> copy = Map.copyOf(map);
    return (s, f, t) -> Optional.ofNullable(copy.get(key(s, f, t)));
  }

  static String key(String source, String from, String to) {
    return source + "\u0000" + from + "\u0000" + to;
  }
}
