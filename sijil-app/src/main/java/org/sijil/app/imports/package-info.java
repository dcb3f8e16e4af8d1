/**
 * Use case: import a list file as a release of a source ({@link
 * org.sijil.app.imports.ImportRelease}).
 */
package org.sijil.app.imports;
