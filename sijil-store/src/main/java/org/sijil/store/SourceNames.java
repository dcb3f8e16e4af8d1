package org.sijil.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Display names of sources (lists) in English and Arabic (migration 13), e.g. "Ministry of Health
 * list" / "قائمة وزارة الصحة" for the source {@code moh}. Persistence only: the source code stays
 * the key of every release and record; who may name a source and how the change is logged is the
 * application layer's business.
 */
public interface SourceNames {

  /** Longest name kept, in characters. */
  int MAX_NAME = 200;

  /**
   * The names of one source.
   *
   * @param source the source code, as releases name it
   * @param english the English name, or null when none is set
   * @param arabic the Arabic name, or null when none is set
   * @param by who set the names last
   * @param at when they were set
   */
  record Named(String source, String english, String arabic, String by, Instant at) {
    public Named {
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("source names need a source code");
      }
      english = blankToNull(english);
      arabic = blankToNull(arabic);
      for (String n : new String[] {english, arabic}) {
        if (n != null && n.length() > MAX_NAME) {
          throw new IllegalArgumentException(
              "a name of source " + source + " is over " + MAX_NAME + " characters");
        }
      }
      if (by == null || by.isBlank()) {
        throw new IllegalArgumentException("names of source " + source + " need who set them");
      }
      if (at == null) {
        throw new IllegalArgumentException(
            "names of source " + source + " need when they were set");
      }
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  /**
   * Stores the names of {@code named.source()}, replacing any it had (inside the open transaction).
   */
  void save(Named named);

  /** The names of {@code source}, if any were set. */
  Optional<Named> find(String source);

  /** Every named source, by source code. */
  List<Named> all();
}
