/**
 * Use case: analysts give each source (list) a display name in English and Arabic; pages show the
 * name in their language and fall back to the source code. Each change is kept with who made it and
 * logged.
 */
package org.sijil.app.sources;
