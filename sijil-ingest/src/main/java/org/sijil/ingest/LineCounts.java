package org.sijil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How many lines of a byte stream are plain ASCII, valid UTF-8 with other letters, or not UTF-8
 * ({@link EncodingDetector}'s rule), with the first {@value EncodingDetector#ODD_LINES_KEPT} line
 * numbers of the last two kinds. Lines end at the byte {@code \n}, as {@link LineBytes} splits
 * them.
 *
 * <p>The stream is read in blocks of whole lines, each classed in one pass over its bytes: a line
 * is valid UTF-8 when each of its characters is one of the well-formed byte sequences of the
 * Unicode standard (its table 3-7: no overlong forms, no surrogates, nothing beyond U+10FFFF),
 * exactly what the JDK's strict decoder accepts ({@code LineCountsTest} compares both). A line
 * longer than a block is left to {@link LineBytes}, which refuses lines beyond its limit.
 */
record LineCounts(long ascii, long utf8, long other, List<Long> firstUtf8, List<Long> firstOther) {

  /** Bytes read at a time: many lines each, few decoder calls per file. */
  static final int BLOCK = 1 << 20;

  LineCounts {
    firstUtf8 = List.copyOf(firstUtf8);
    firstOther = List.copyOf(firstOther);
  }

  /** Counts the lines of {@code in} (read to its end, not closed). */
  static LineCounts of(InputStream in) throws IOException {
    return of(in, BLOCK);
  }

  /** As {@link #of(InputStream)}, with blocks of {@code blockBytes} (tests use small ones). */
  static LineCounts of(InputStream in, int blockBytes) throws IOException {
    Counter counter = new Counter();
    byte[] block = new byte[blockBytes];
    int held = 0;
    while (true) {
      int n = in.readNBytes(block, held, block.length - held);
      held += n;
      boolean end = held < block.length;
      int cut = end ? held : lastLineEnd(block, held);
      if (!end && cut == 0) {
        // One line fills the whole block: count the rest line by line.
        counter.byLines(new SequenceInputStream(new ByteArrayInputStream(block, 0, held), in));
        break;
      }
      counter.block(block, cut);
      if (end) {
        break;
      }
      System.arraycopy(block, cut, block, 0, held - cut);
      held -= cut;
    }
    return counter.counts();
  }

  /** The end of the last whole line in {@code b[0 .. length)} (after its {@code \n}), or 0. */
  private static int lastLineEnd(byte[] b, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The length of the well-formed UTF-8 sequence of a character beyond ASCII starting at {@code
   * b[i]} and ending before {@code end}, or 0 when the bytes there are not one (Unicode, table
   * 3-7).
   */
  static int wellFormedLength(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    if (lead < 0xC2 || lead > 0xF4) {
      return 0; // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF
    }
    if (lead < 0xE0) {
      return i + 1 < end && continuation(b[i + 1]) ? 2 : 0;
    }
    int length = lead < 0xF0 ? 3 : 4;
    if (i + length > end) {
      return 0;
    }
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and beyond U+10FFFF
    // (F4).
    int second = b[i + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if (!continuation(b[i + k])) {
        return 0;
      }
    }
    return length;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** The running counts. */
  private static final class Counter {
    private final EncodingDetector.Utf8Check check = new EncodingDetector.Utf8Check();
    private final List<Long> firstUtf8 = new ArrayList<>();
    private final List<Long> firstOther = new ArrayList<>();
    private long ascii;
    private long utf8;
    private long other;
    private long line;

    /** Counts the lines of {@code b[0 .. length)}, which ends at a line's end or the stream's. */
    void block(byte[] b, int length) {
      boolean beyondAscii = false;
      boolean valid = true;
      int i = 0;
      int lineStart = 0;
      while (i < length) {
        byte c = b[i];
        if (c >= 0) {
          i++;
          if (c == '\n') {
            add(classOf(beyondAscii, valid));
            lineStart = i;
            beyondAscii = false;
            valid = true;
          }
          continue;
        }
        beyondAscii = true;
        int n = valid ? wellFormedLength(b, i, length) : 0;
        valid = n > 0;
        i += Math.max(n, 1);
      }
      if (lineStart < length) {
        add(classOf(beyondAscii, valid));
      }
    }

    private static EncodingDetector.LineClass classOf(boolean beyondAscii, boolean valid) {
      if (!beyondAscii) {
        return EncodingDetector.LineClass.ASCII;
      }
      return valid ? EncodingDetector.LineClass.UTF8 : EncodingDetector.LineClass.OTHER;
    }

    /** Counts the lines of {@code in} one by one (after a line longer than a block). */
    void byLines(InputStream in) throws IOException {
      LineBytes lines = new LineBytes(in);
      long before = line;
      try {
        while (lines.next()) {
          add(check.classify(lines.buffer(), lines.length()));
        }
      } catch (LineBytes.LineTooLongException e) {
        throw new LineBytes.LineTooLongException(before + e.line);
      }
    }

    private void add(EncodingDetector.LineClass kind) {
      line++;
      switch (kind) {
        case ASCII -> ascii++;
        case UTF8 -> {
          utf8++;
          keep(firstUtf8);
        }
        case OTHER -> {
          other++;
          keep(firstOther);
        }
      }
    }

    private void keep(List<Long> lines) {
      if (lines.size() < EncodingDetector.ODD_LINES_KEPT) {
        lines.add(line);
      }
    }

    LineCounts counts() {
      return new LineCounts(ascii, utf8, other, firstUtf8, firstOther);
    }
  }
}
