package org.sijil.core.record;

import java.util.Optional;

/**
 * The fields every later command understands, whatever the headers of the imported file were. The
 * {@link #key()} is the stable lower-case name used in mapping files, CSV outputs and the API.
 */
public enum CanonicalField {
  ID("id"),
  NAME_AR("name_ar"),
  NAME_EN("name_en"),
  AGE("age"),
  DOB("dob"),
  SEX("sex"),
  SOURCE("source"),
  DOD("dod"),
  PLACE("place");

  private final String key;

  CanonicalField(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** {@link #values()} clones its array on every call; lookups run per record, so share one. */
  private static final CanonicalField[] ALL = values();

  public static Optional<CanonicalField> byKey(String key) {
    for (CanonicalField f : ALL) {
      if (f.key.equalsIgnoreCase(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
