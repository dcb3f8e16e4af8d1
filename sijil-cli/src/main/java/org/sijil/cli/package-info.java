/**
 * The {@code sijil} command (picocli): its entry point and exit codes ({@link
 * org.sijil.cli.SijilMain}), the options every command shares ({@code --db}, {@code --by}, {@code
 * --format}), the printing of tables as text, CSV or JSON, the progress bar, and the wording of
 * typed errors with the command's flags ({@link org.sijil.cli.ErrorWords}). Commands are edges: the
 * work is in sijil-app.
 */
package org.sijil.cli;
