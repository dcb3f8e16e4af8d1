/**
 * {@code sijil estimate}: multiple-systems estimation of the total from overlapping lists, from a
 * person-level membership file or the register's linked persons, printed as tables, CSV, JSON or an
 * SVG chart.
 */
package org.sijil.cli.estimate;
