/** {@code sijil learn-variants}: learning variant spellings of names for linkage. */
package org.sijil.cli.variants;
