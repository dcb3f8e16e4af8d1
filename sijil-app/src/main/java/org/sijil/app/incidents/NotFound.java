package org.sijil.app.incidents;

import org.sijil.core.UserError;

/** No incident or person with the id given (the web answers 404). */
public final class NotFound extends UserError {
  public NotFound(String message) {
    super(message);
  }
}
