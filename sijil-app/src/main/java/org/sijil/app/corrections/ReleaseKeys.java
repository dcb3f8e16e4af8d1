package org.sijil.app.corrections;

import java.util.Map;
import java.util.Objects;

/**
 * The keys of one release with the name each carries, in release order of its source.
 *
 * @param label the release label
 * @param records rows stored as records
 * @param names name by key (null name when the row has none)
 */
public record ReleaseKeys(String label, long records, Map<String, String> names) {

  public ReleaseKeys {
    Objects.requireNonNull(label, "label");
    names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
  }
}
