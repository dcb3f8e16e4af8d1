package org.sijil.cli;

import java.io.PrintStream;

/**
 * A progress bar on standard error, shown only when attached to a terminal so that pipes, files and
 * CI logs stay clean.
 */
public final class Progress implements AutoCloseable {

  private final String label;
  private final long total;
  private final PrintStream err;
  private final boolean enabled;
  private long lastDrawn = -1;

  public Progress(String label, long total) {
    this(label, total, System.err, System.console() != null);
  }

  Progress(String label, long total, PrintStream err, boolean enabled) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.enabled = enabled;
  }

  /** Reports that {@code done} units of {@code total} are finished; cheap to call often. */
  public void update(long done) {
    if (!enabled) {
      return;
    }
    long percent = total <= 0 ? -1 : Math.min(100, done * 100 / total);
    long key = total <= 0 ? done / 10_000 : percent;
    if (key == lastDrawn) {
      return;
    }
    lastDrawn = key;
    if (percent < 0) {
      err.print("\r" + label + " " + done);
    } else {
      int filled = (int) (percent / 5);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(20 - filled)
              + "] "
              + percent
              + "%");
    }
    err.flush();
  }

  @Override
  public void close() {
    if (enabled && lastDrawn >= 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
