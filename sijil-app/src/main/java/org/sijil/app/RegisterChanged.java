package org.sijil.app;

import org.sijil.store.Register;

/**
 * Told by a use case that has changed what the register publishes (a release imported, records
 * linked), while the register is still open: derived stores such as the search index catch up here
 * rather than at the next start of a server. A listener must not fail the use case: the change is
 * already stored.
 */
@FunctionalInterface
public interface RegisterChanged {

  /** A listener that does nothing. */
  RegisterChanged NONE = reg -> {};

  /** The register {@code reg} has changed; called once the change is committed. */
  void changed(Register reg);
}
