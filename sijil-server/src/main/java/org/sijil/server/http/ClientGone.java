package org.sijil.server.http;

import org.eclipse.jetty.io.EofException;

/**
 * A client that closed its connection before its answer was written (a tab closed, a load generator
 * stopping, a client's own timeout). Jetty says so with an {@link EofException} when the answer is
 * written; a handler that writes its own body (the search API, downloads) gets it wrapped in an
 * {@link java.io.UncheckedIOException}, which the server must not log as an internal error with its
 * stack: under load, clients that give up would fill the log with them.
 */
public final class ClientGone {

  private ClientGone() {}

  /** Whether {@code e} or one of its causes says the client had gone. */
  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EofException) {
        return true;
      }
    }
    return false;
  }

  /** The one line the server logs for it (no query string: it may hold a name). */
  public static String line(String method, String path) {
    return "client closed the connection before the answer to " + method + " " + path + " was sent";
  }
}
