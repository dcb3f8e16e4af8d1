package org.sijil.core;

/**
 * A problem the user can fix: a missing file, a bad value, an unknown release. Its message is one
 * line that says what is wrong and, where it helps, what to do. The CLI exits with code 1 on it and
 * the server answers 4xx; every other exception is an internal error.
 */
public class UserError extends RuntimeException {

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
