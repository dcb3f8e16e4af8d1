package org.sijil.app.incidents;

import org.sijil.core.UserError;

/** An edit was made on a version that is no longer the current one (the web answers 409). */
public final class StaleVersion extends UserError {
  public StaleVersion(String message) {
    super(message);
  }
}
