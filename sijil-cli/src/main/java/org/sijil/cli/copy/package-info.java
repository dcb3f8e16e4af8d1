/** {@code sijil copy}: a whole register to another file or PostgreSQL database. */
package org.sijil.cli.copy;
