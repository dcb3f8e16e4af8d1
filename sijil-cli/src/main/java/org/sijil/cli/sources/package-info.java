/** {@code sijil sources}: the register's sources and their display names in English and Arabic. */
package org.sijil.cli.sources;
