package org.sijil.store.duckdb;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads DuckDB's native library on a background thread. The JDBC driver (2.0.x) unpacks its 70 MB
 * library from the jar and loads it when its native class is first used, about a second of CPU at
 * every start; begun early, it runs while the command parses its arguments and opens other files.
 * The first connection waits for it (the JVM lets one thread initialise a class while others wait).
 */
public final class NativeLibraryPreload {

  /** The driver class whose initialisation unpacks and loads the library. */
  static final String NATIVE_CLASS = "org.duckdb.DuckDBNative";

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private NativeLibraryPreload() {}

  /**
   * Starts loading the library on a daemon thread, once per process; returns at once. A failure is
   * left for the first connection to report.
   */
  public static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread loader = new Thread(NativeLibraryPreload::load, "sijil-duckdb-library");
    loader.setDaemon(true);
    loader.start();
  }

  /** True once {@link #start} has been called in this process. */
  static boolean started() {
    return STARTED.get();
  }

  private static void load() {
    try {
      Class.forName(NATIVE_CLASS, true, NativeLibraryPreload.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      // The first connection loads it again and reports why it cannot.
    }
  }
}
