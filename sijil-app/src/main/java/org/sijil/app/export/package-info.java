/**
 * Downloads shared by the CLI and the server: the data dictionary of their columns ({@link
 * org.sijil.app.export.DataDictionary}) and the stamp naming the register snapshot they come from.
 */
package org.sijil.app.export;
