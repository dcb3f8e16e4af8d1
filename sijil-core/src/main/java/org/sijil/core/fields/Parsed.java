package org.sijil.core.fields;

import java.util.Objects;

/**
 * The outcome of parsing one field value: a value, a blank (the list gives nothing), or a problem
 * (the text stays raw and the caller records a warning; nothing is guessed).
 *
 * @param value the parsed value; null when blank or invalid
 * @param problem why the text could not be parsed; null when parsed or blank
 */
public record Parsed<T>(T value, String problem) {

  private static final Parsed<?> BLANK = new Parsed<>(null, null);

  public Parsed {
    if (value != null && problem != null) {
      throw new IllegalArgumentException("a parsed value cannot also have a problem: " + problem);
    }
  }

  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), null);
  }

  @SuppressWarnings("unchecked")
  public static <T> Parsed<T> blank() {
    return (Parsed<T>) BLANK;
  }

  public static <T> Parsed<T> invalid(String problem) {
    return new Parsed<>(null, Objects.requireNonNull(problem, "problem"));
  }

  public boolean isInvalid() {
    return problem != null;
  }

  public boolean isBlank() {
    return value == null && problem == null;
  }
}
