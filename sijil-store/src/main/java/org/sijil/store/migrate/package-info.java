/**
 * The numbered SQL schema migrations, found on the classpath and applied to a register that lacks
 * them.
 */
package org.sijil.store.migrate;
