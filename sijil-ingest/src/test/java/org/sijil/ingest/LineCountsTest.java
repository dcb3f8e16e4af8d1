package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Classing lines by {@link Utf8Lines}' table, a block at a time, must give exactly what classing
 * each line with the JDK's strict decoder gives (the rule as it was first written): the same counts
 * and the same first line numbers, whatever the bytes and wherever the blocks end.
 */
class LineCountsTest {

  /** The JDK's strict UTF-8 decoder's verdict on a line: the reference for the table. */
  private static EncodingDetector.LineClass byDecoder(byte[] b, int length) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      ascii &= b[i] >= 0;
    }
    if (ascii) {
      return EncodingDetector.LineClass.ASCII;
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      strict.decode(ByteBuffer.wrap(b, 0, length));
      return EncodingDetector.LineClass.UTF8;
    } catch (CharacterCodingException e) {
      return EncodingDetector.LineClass.OTHER;
    }
  }

  /** The reference: each line split by {@link LineBytes} and classed by the JDK's decoder. */
  private static LineCounts oneByOne(byte[] bytes) throws IOException {
    LineBytes lines = new LineBytes(new ByteArrayInputStream(bytes));
    long[] counts = new long[3];
    List<Long> firstUtf8 = new ArrayList<>();
    List<Long> firstOther = new ArrayList<>();
    while (lines.next()) {
      EncodingDetector.LineClass c = byDecoder(lines.buffer(), lines.length());
      counts[c.ordinal()]++;
      List<Long> first = c == EncodingDetector.LineClass.UTF8 ? firstUtf8 : firstOther;
      if (c != EncodingDetector.LineClass.ASCII && first.size() < EncodingDetector.ODD_LINES_KEPT) {
        first.add(lines.number());
      }
    }
    return new LineCounts(counts[0], counts[1], counts[2], firstUtf8, firstOther);
  }

  private static void assertSameAsOneByOne(byte[] bytes, int... blocks) throws IOException {
    LineCounts expected = oneByOne(bytes);
    for (int block : blocks) {
      assertEquals(
          expected,
          LineCounts.of(new ByteArrayInputStream(bytes), block),
          "blocks of " + block + " bytes");
    }
  }

  /** Bytes around the edges of UTF-8's ranges, so that random lines hit every case. */
  private static final int[] EDGES = {
    0x00, 0x0A, 0x0D, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8,
    0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF
  };

  @Test
  void randomLinesOfEdgeBytesAreClassedAsTheDecoderClassesThem() throws IOException {
    Random random = new Random(13);
    for (int file = 0; file < 300; file++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int lines = random.nextInt(60);
      for (int l = 0; l < lines; l++) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          out.writeBytes(("row " + l + ",محمد النجار").getBytes(StandardCharsets.UTF_8));
        } else if (kind == 1) {
          out.writeBytes(("row " + l + ",محمد").getBytes(EncodingDetector.WINDOWS_1256));
        } else {
          for (int i = random.nextInt(12); i > 0; i--) {
            out.write(EDGES[random.nextInt(EDGES.length)]);
          }
        }
        if (l < lines - 1 || random.nextBoolean()) {
          out.write('\n');
        }
      }
      assertSameAsOneByOne(out.toByteArray(), 1, 2, 3, 7, 64, LineCounts.BLOCK);
    }
  }

  @Test
  void everyOneAndTwoByteLineIsClassedAsTheDecoderClassesIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        if (a != '\n' && b != '\n') {
          out.write(a);
          out.write(b);
          out.write('\n');
        }
      }
    }
    assertSameAsOneByOne(out.toByteArray(), 5, 4096, LineCounts.BLOCK);
  }

  @Test
  void everyLeadWithEverySecondByteOfLongerSequencesIsClassedAsTheDecoderClassesIt()
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] tails = {0x7F, 0x80, 0xBF, 0xC0};
    for (int lead = 0xE0; lead <= 0xFF; lead++) {
      for (int second = 0; second < 256; second++) {
        for (int third : tails) {
          for (int fourth : tails) {
            if (second != '\n') {
              out.write(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth, '\n'});
              out.write(new byte[] {(byte) lead, (byte) second, (byte) third, '\n'});
            }
          }
        }
      }
    }
    assertSameAsOneByOne(out.toByteArray(), 4096, LineCounts.BLOCK);
  }

  @Test
  void typicalLinesAreClassedAsTheDecoderClassesThem() {
    List<byte[]> lines = new ArrayList<>();
    lines.add(utf8("1,plain ascii\n"));
    lines.add(utf8("2,محمد النجار\n"));
    lines.add("3,محمد\n".getBytes(EncodingDetector.WINDOWS_1256));
    lines.add(utf8("4," + "عبد الرحمن ".repeat(400) + "\n"));
    byte[] truncated = utf8("5,محمد");
    lines.add(java.util.Arrays.copyOf(truncated, truncated.length - 1));
    lines.add(utf8("6,فاطمة\n"));
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      byte[] b = new byte[random.nextInt(300)];
      random.nextBytes(b);
      lines.add(b);
    }
    for (byte[] line : lines) {
      assertEquals(
          byDecoder(line, line.length), EncodingDetector.classify(line, line.length), "a line");
    }
    EncodingDetector.LineClass[] expected = {
      EncodingDetector.LineClass.ASCII,
      EncodingDetector.LineClass.UTF8,
      EncodingDetector.LineClass.OTHER,
      EncodingDetector.LineClass.UTF8,
      EncodingDetector.LineClass.OTHER,
      EncodingDetector.LineClass.UTF8
    };
    for (int i = 0; i < expected.length; i++) {
      byte[] line = lines.get(i);
      assertEquals(expected[i], EncodingDetector.classify(line, line.length), "line " + (i + 1));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLineLongerThanABlockIsCountedWithTheLinesAfterIt() throws IOException {
    byte[] bytes = ("1,a\n2," + "محمد".repeat(50) + "\n3,b\n4,").getBytes(StandardCharsets.UTF_8);
    assertSameAsOneByOne(bytes, 16, 32);
  }
}
