package org.sijil.store;

/** Writes releases, each in one transaction: a failure or a kill leaves no partial release. */
public interface Imports {

  /**
   * Starts writing a release. Nothing is visible to other readers until {@link
   * ReleaseWriter#commit()}; closing the writer without committing discards everything it wrote.
   *
   * @param replace when the release already exists: true replaces it (atomically, at commit), false
   *     refuses with a {@link org.sijil.core.UserError}
   */
  ReleaseWriter begin(ReleaseSpec spec, boolean replace);
}
