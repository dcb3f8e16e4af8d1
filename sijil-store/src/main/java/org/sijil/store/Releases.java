package org.sijil.store;

import java.util.List;
import java.util.Optional;

/** Sources and their releases. */
public interface Releases {

  /** All releases, ordered by source name, then as-of date, then import time. */
  List<Release> list();

  /** The release {@code label} of {@code source}, if stored. */
  Optional<Release> find(String source, String label);

  /**
   * Resolves a release named on a command line: by label within {@code source}, or by label alone
   * when {@code source} is null and the label is unambiguous.
   *
   * @throws org.sijil.core.UserError naming the label when it is unknown or ambiguous
   */
  Release resolve(String source, String label);
}
