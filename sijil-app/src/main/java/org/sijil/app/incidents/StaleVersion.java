package org.sijil.app.incidents;

import org.sijil.core.UserError;

/** An edit was made on a version that is no longer the current one (the web answers 409). */
public final class StaleVersion extends UserError {

  private final int current;
  private final int edited;

  public StaleVersion(String message) {
    this(message, 0, 0);
  }

  /**
   * @param current the incident's version now
   * @param edited the version the edit was made on
   */
  public StaleVersion(String message, int current, int edited) {
    super(message);
    this.current = current;
    this.edited = edited;
  }

  /** The version now (0 when not known). */
  public int current() {
    return current;
  }

  /** The version the edit was made on (0 when not known). */
  public int edited() {
    return edited;
  }
}
