package org.sijil.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A command that ran out of heap, told as such: the JVM's heap was too small for the work, which
 * the user mends with {@code SIJIL_HEAP}, not a defect to report with a stack trace. The error is
 * often not thrown as it is: a worker thread's (e.g. a PostgreSQL COPY sender's) arrives wrapped in
 * the caller's exception, as its cause or a suppressed exception.
 */
final class OutOfMemory {

  private static final long MB = 1024 * 1024;

  private OutOfMemory() {}

  /**
   * Whether an {@link OutOfMemoryError} is {@code thrown}, its cause or suppressed, at any depth.
   */
  static boolean in(Throwable thrown) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.push(thrown);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      if (seen.put(t, Boolean.TRUE) != null) {
        continue;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable s : t.getSuppressed()) {
        todo.push(s);
      }
    }
    return false;
  }

  /** The line {@code sijil} prints for {@code thrown}, with this JVM's heap. */
  static String line(Throwable thrown) {
    return "sijil: " + advice(thrown, Runtime.getRuntime().maxMemory());
  }

  /**
   * One line for the user: what failed, the heap it had, and how to give it twice as much with the
   * launcher ({@code SIJIL_HEAP}) or the JVM's own option.
   */
  static String advice(Throwable thrown, long maxHeapBytes) {
    long mb = Math.max(1, maxHeapBytes / MB);
    String more = (2 * mb) + "m";
    String what = thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
    return "out of memory ("
        + what
        + "): the Java heap of "
        + mb
        + " MB is too small for this command. Run it again with a larger heap, e.g. SIJIL_HEAP="
        + more
        + " bin/sijil ... (or java -Xmx"
        + more
        + " -jar sijil.jar ...).";
  }
}
