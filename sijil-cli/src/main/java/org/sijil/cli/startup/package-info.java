/**
 * {@code sijil startup-archive}: writes the JVM's class-data archive (AppCDS) for {@code sijil
 * serve}, so a server starts without reading, checking and linking thousands of classes from the
 * jar again (issue 14: ready to answer ≤ 3 s after start).
 */
package org.sijil.cli.startup;
