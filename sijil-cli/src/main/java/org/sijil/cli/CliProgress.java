package org.sijil.cli;

import java.io.PrintWriter;
import org.sijil.app.ProgressListener;

/**
 * Renders a use case's progress as the command line's progress bar (on a terminal only), and its
 * notes as lines on standard error.
 */
public final class CliProgress implements ProgressListener, AutoCloseable {

  private final Progress bar;
  private final PrintWriter notes;

  /**
   * @param label the bar's label
   * @param notes where notes go; null to drop them
   */
  public CliProgress(String label, PrintWriter notes) {
    this.bar = new Progress(label, 0);
    this.notes = notes;
  }

  @Override
  public void progress(String phase, long done, long total) {
    bar.update(done);
  }

  @Override
  public void note(String line) {
    if (notes != null) {
      notes.println(line);
      notes.flush();
    }
  }

  @Override
  public void close() {
    bar.close();
  }
}
