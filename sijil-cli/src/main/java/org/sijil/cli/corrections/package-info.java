/** The {@code corrections} command: names removed between releases of a source, and returns. */
package org.sijil.cli.corrections;
