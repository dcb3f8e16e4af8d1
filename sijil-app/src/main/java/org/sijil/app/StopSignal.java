package org.sijil.app;

/**
 * Asks a long read to stop: a server that is stopping while it reads its register again (issues 13
 * and 14). The read checks it between its steps and every {@link #ROWS} rows, and ends by throwing
 * {@link Stopped}, having closed what it opened and returned nothing, so the caller keeps what it
 * had. Checking costs one volatile read.
 */
@FunctionalInterface
public interface StopSignal {

  /**
   * How many rows a read goes through between two checks: about 0.2 s of a register's read on a
   * loaded 2-core machine (4,096 took up to 5 s there, session 12), and a check costs nothing.
   */
  int ROWS = 512;

  /** A signal that never asks to stop. */
  StopSignal NEVER = () -> false;

  /** True once the read should stop. */
  boolean requested();

  /** Throws {@link Stopped} when the read should stop. */
  default void check() {
    if (requested()) {
      throw new Stopped();
    }
  }

  /** Checks when {@code done} (a count of rows gone through) is a multiple of {@link #ROWS}. */
  default void checkEvery(long done) {
    if (done % ROWS == 0) {
      check();
    }
  }

  /** A read ended early because it was asked to stop; nothing it read was kept. */
  final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stopped() {
      super("the read was stopped before its end", null, false, false);
    }
  }
}
