/**
 * {@code sijil name} and {@code sijil compare-names}: how the name engine reads one name, and the
 * similarity of pairs of names.
 */
package org.sijil.cli.names;
