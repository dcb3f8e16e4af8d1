package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, each up to and including its {@code \n} byte (the last may lack it),
 * for encodings that keep {@code \n} as the single byte 0x0A (UTF-8, windows-1256, ASCII). One
 * buffer is reused; a line longer than {@value #MAX_LINE} bytes is refused rather than held in
 * memory.
 */
final class LineBytes {

  /** Longest line accepted: far beyond any real row, small enough to hold. */
  static final int MAX_LINE = 16 * 1024 * 1024;

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private int length;
  private long number;

  LineBytes(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          if (length > 0) {
            number++;
          }
          return length > 0;
        }
      }
      int start = chunkPos;
      int end = start;
      while (end < chunkLen && chunk[end] != '\n') {
        end++;
      }
      boolean found = end < chunkLen;
      if (found) {
        end++;
      }
      append(start, end);
      chunkPos = end;
      if (found) {
        number++;
        return true;
      }
    }
  }

  private void append(int from, int to) throws IOException {
    int n = to - from;
    if (length + n > MAX_LINE) {
      throw new LineTooLongException(number + 1);
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, length + n)));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  byte[] buffer() {
    return line;
  }

  int length() {
    return length;
  }

  /** The 1-based number of the line just read. */
  long number() {
    return number;
  }

  void close() throws IOException {
    in.close();
  }

  /** A line longer than {@link #MAX_LINE}. */
  static final class LineTooLongException extends IOException {
    final long line;

    LineTooLongException(long line) {
      super(
          "line "
              + String.format("%,d", line)
              + " is longer than "
              + (MAX_LINE >> 20)
              + " MiB; a list row is never that long (a stray quote or a binary file?)");
      this.line = line;
    }
  }
}
