/**
 * The name engine: Arabic and Latin normalization, name chains and their roles, compounds,
 * readings, blocking keys, frequencies and the comparison of two names into agreement levels.
 */
package org.sijil.core.names;
