/**
 * {@code sijil serve}, {@code sijil demo} and {@code sijil users}: starting the server over a
 * register file (its listening options, the runner) and who may sign in to it.
 */
package org.sijil.cli.serve;
