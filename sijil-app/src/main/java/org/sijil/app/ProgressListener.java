package org.sijil.app;

/**
 * How a use case reports progress while it runs. The command line draws a progress bar and prints
 * notes on standard error; the server keeps them as a job's status for the page that started it.
 */
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * {@code done} units of a phase are finished ({@code total} 0 when unknown). Called often: must
   * be cheap.
   */
  default void progress(String phase, long done, long total) {}

  /** A line worth showing to whoever started the run (e.g. candidate pairs per rule). */
  default void note(String line) {}
}
