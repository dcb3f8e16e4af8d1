package org.sijil.core.record;

/** Sex as recorded on casualty lists. Unknown is represented by an absent value, not a constant. */
public enum Sex {
  MALE("m"),
  FEMALE("f");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  /** One-letter code used in CSV outputs and the API: {@code m} or {@code f}. */
  public String code() {
    return code;
  }
}
