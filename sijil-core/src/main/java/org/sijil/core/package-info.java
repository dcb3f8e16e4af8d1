/**
 * Sijil's domain, in pure Java: the typed errors every lower layer throws ({@link
 * org.sijil.core.SijilException}, {@link org.sijil.core.UserError}, {@link
 * org.sijil.core.ErrorCode}), worded by each edge in its own terms. The subpackages hold records,
 * names, linkage and estimation.
 */
package org.sijil.core;
