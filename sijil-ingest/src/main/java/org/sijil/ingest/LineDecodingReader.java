package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Decodes a byte stream line by line, so a decoding failure names its exact line and a file whose
 * lines disagree is read right line by line:
 *
 * <ul>
 *   <li><b>strict</b> (one encoding): every line must decode in it, else a {@link BadLineException}
 *       naming the line;
 *   <li><b>mixed</b> (UTF-8 and windows-1256 lines, see {@link EncodingDetector}): each line is
 *       read as UTF-8 when it is valid UTF-8, else as windows-1256; lines not in the file's main
 *       encoding are remembered as odd lines, keyed by the character position where they start.
 * </ul>
 *
 * <p>Only for encodings where {@code \n} is the single byte 0x0A (not UTF-16).
 */
final class LineDecodingReader extends Reader {

  private final LineBytes lines;
  private final Charset main;
  private final boolean mixed;
  private final CharsetDecoder mainDecoder;
  private final CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
  private final CharsetDecoder cp1256 = strict(EncodingDetector.WINDOWS_1256);
  private static final NavigableMap<Long, OddLine> NO_ODD_LINES =
      java.util.Collections.emptyNavigableMap();

  private final NavigableMap<Long, OddLine> odd = new TreeMap<>();
  private CharBuffer current = CharBuffer.allocate(0);

  /** One output buffer for every line (a line is consumed before the next is decoded). */
  private CharBuffer spare = CharBuffer.allocate(1024);

  private long emitted;

  /** The line buffer wrapped once (a wrapper per line and decoder was 125 bytes a row at 1M). */
  private ByteBuffer input = ByteBuffer.allocate(0);

  /** A line read in the other encoding: its 1-based number and the encoding it was read in. */
  record OddLine(long line, String charset) {}

  LineDecodingReader(InputStream in, Charset main, boolean mixed) {
    this.lines = new LineBytes(in);
    this.main = main;
    this.mixed = mixed;
    this.mainDecoder = strict(main);
  }

  private static CharsetDecoder strict(Charset c) {
    return c.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!current.hasRemaining()) {
      if (!lines.next()) {
        return -1;
      }
      current = decodeLine();
    }
    int n = Math.min(len, current.remaining());
    current.get(buf, off, n);
    emitted += n;
    return n;
  }

  private CharBuffer decodeLine() throws CharacterCodingException {
    byte[] b = lines.buffer();
    int n = lines.length();
    if (!mixed) {
      CharBuffer out = decode(mainDecoder, b, n, room(mainDecoder, n));
      if (out == null) {
        throw new BadLineException(lines.number(), main);
      }
      return out;
    }
    CharBuffer out = decode(utf8, b, n, room(utf8, n));
    boolean isUtf8 = out != null;
    if (!isUtf8) {
      out = decode(cp1256, b, n, room(cp1256, n));
    }
    Charset read = isUtf8 ? StandardCharsets.UTF_8 : EncodingDetector.WINDOWS_1256;
    if (!read.equals(main) && EncodingDetector.classify(b, n) != EncodingDetector.LineClass.ASCII) {
      odd.put(emitted, new OddLine(lines.number(), read.name()));
    }
    return out;
  }

  /** The reused output buffer, emptied and grown to hold {@code n} bytes decoded by {@code d}. */
  private CharBuffer room(CharsetDecoder d, int n) {
    int need = (int) Math.ceil(n * (double) d.maxCharsPerByte()) + 1;
    if (spare.capacity() < need) {
      spare = CharBuffer.allocate(need);
    }
    spare.clear();
    return spare;
  }

  /** The first {@code n} bytes of {@code b}, through the one wrapper of the line buffer. */
  private ByteBuffer input(byte[] b, int n) {
    if (!input.hasArray() || input.array() != b) {
      input = ByteBuffer.wrap(b);
    }
    input.clear().limit(n);
    return input;
  }

  /** The line decoded into {@code out}, or null when it is not valid in that encoding. */
  private CharBuffer decode(CharsetDecoder d, byte[] b, int n, CharBuffer out) {
    d.reset();
    CoderResult r = d.decode(input(b, n), out, true);
    if (r.isError() || d.flush(out).isError()) {
      return null;
    }
    out.flip();
    return out;
  }

  /**
   * Removes and returns the odd lines starting before character position {@code end} (all when
   * {@code end} is negative).
   */
  NavigableMap<Long, OddLine> takeOddLinesBefore(long end) {
    if (odd.isEmpty()) {
      return NO_ODD_LINES; // the usual file, of one encoding: asked once per row
    }
    NavigableMap<Long, OddLine> head = end < 0 ? odd : odd.headMap(end, false);
    NavigableMap<Long, OddLine> taken = new TreeMap<>(head);
    head.clear();
    return taken;
  }

  @Override
  public void close() throws IOException {
    // the stream is closed by whoever opened it through this reader's owner
    lines.close();
  }

  /** A line that is not valid in the encoding the file is read in. */
  static final class BadLineException extends CharacterCodingException {
    private final long line;
    private final String charset;

    BadLineException(long line, Charset charset) {
      this.line = line;
      this.charset = charset.name();
    }

    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "line " + String.format("%,d", line) + " is not valid " + charset;
    }
  }
}
