/**
 * Pure text rules shared by the edges: string similarity, spreadsheet-safe cells ({@link
 * org.sijil.core.text.FormulaCells}) and terminal-safe text ({@link
 * org.sijil.core.text.TerminalText}).
 */
package org.sijil.core.text;
