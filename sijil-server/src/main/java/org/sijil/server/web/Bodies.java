package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a download's body, or for {@code HEAD} only its length: a HEAD answers like the GET (same
 * status, type, name and {@code Content-Length}) without the bytes.
 */
final class Bodies {

  /** Writes a body to a stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private Bodies() {}

  static void send(Context ctx, Body body) {
    try {
      if (ctx.method() == HandlerType.HEAD) {
        Counter c = new Counter();
        body.writeTo(c);
        ctx.header("Content-Length", Long.toString(c.n));
        return;
      }
      OutputStream out = ctx.outputStream();
      body.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the bytes written and keeps none. */
  private static final class Counter extends OutputStream {
    long n;

    @Override
    public void write(int b) {
      n++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      n += len;
    }
  }
}
