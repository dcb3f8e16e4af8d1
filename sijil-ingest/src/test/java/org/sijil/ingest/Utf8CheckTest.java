package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One checker and one decoding buffer serve a whole file: reuse must never carry one line's state
 * into the next (a long line after short ones, a broken line before a good one).
 */
class Utf8CheckTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aReusedCheckerClassesEachLineAsAFreshOneWould() {
    EncodingDetector.Utf8Check reused = new EncodingDetector.Utf8Check();
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
          new EncodingDetector.Utf8Check().classify(line, line.length),
          reused.classify(line, line.length));
    }
    assertEquals(
        EncodingDetector.LineClass.OTHER, reused.classify(lines.get(2), lines.get(2).length));
    assertEquals(
        EncodingDetector.LineClass.OTHER, reused.classify(lines.get(4), lines.get(4).length));
    assertEquals(
        EncodingDetector.LineClass.UTF8, reused.classify(lines.get(5), lines.get(5).length));
  }

  @Test
  void theDecodingReaderGivesEveryLineBackWhateverItsLength() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(i).append(',').append("محمد ".repeat(i * 7 % 300)).append("x\n");
    }
    text.append("last line without newline");
    for (boolean mixed : new boolean[] {false, true}) {
      try (Reader r =
          new LineDecodingReader(
              new ByteArrayInputStream(utf8(text.toString())), StandardCharsets.UTF_8, mixed)) {
        StringBuilder back = new StringBuilder();
        char[] buf = new char[37];
        int n;
        while ((n = r.read(buf, 0, buf.length)) > 0) {
          back.append(buf, 0, n);
        }
        assertEquals(text.toString(), back.toString());
      }
    }
  }
}
