package org.sijil.core.incident;

import org.sijil.core.UserError;

/** A bad incident value, naming the field it came from (so an import can say file, row, field). */
public final class InvalidIncident extends UserError {

  private final String field;

  public InvalidIncident(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The field (column or JSON property) that holds the bad value. */
  public String field() {
    return field;
  }
}
