/**
 * Use case: which keys of a source were removed between consecutive releases and whether a later
 * release lists them again ({@link org.sijil.app.corrections.ReleaseCorrections}).
 */
package org.sijil.app.corrections;
