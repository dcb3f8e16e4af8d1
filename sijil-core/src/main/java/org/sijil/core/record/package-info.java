/**
 * A release's records: canonical fields, the parsed record and its raw row, rejects and warnings,
 * and the compact column-by-column forms that hold a million records in little memory.
 */
package org.sijil.core.record;
