/**
 * The application layer: one class per use case of the register (import a release, link, record a
 * review decision, estimate, publish a snapshot, manage users), with typed inputs and results. The
 * command line and the server both call these; they translate arguments and requests only. Storage
 * is reached through {@link org.sijil.store.Register} alone.
 */
package org.sijil.app;
