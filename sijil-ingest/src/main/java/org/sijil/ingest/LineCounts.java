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
 * <p>The stream is read in blocks of whole lines, each classed in one pass over its bytes by {@link
 * Utf8Lines}' rule. A line longer than a block is left to {@link LineBytes}, which refuses lines
 * beyond its limit.
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

  /** The running counts. */
  private static final class Counter {
    private final List<Long> firstUtf8 = new ArrayList<>();
    private final List<Long> firstOther = new ArrayList<>();
    private long ascii;
    private long utf8;
    private long other;
    private long line;

    /** Counts the lines of {@code b[0 .. length)}, which ends at a line's end or the stream's. */
    void block(byte[] b, int length) {
      Utf8Lines.classifyLines(b, length, this::add);
    }

    /** Counts the lines of {@code in} one by one (after a line longer than a block). */
    void byLines(InputStream in) throws IOException {
      LineBytes lines = new LineBytes(in);
      long before = line;
      try {
        while (lines.next()) {
          add(EncodingDetector.classify(lines.buffer(), lines.length()));
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
