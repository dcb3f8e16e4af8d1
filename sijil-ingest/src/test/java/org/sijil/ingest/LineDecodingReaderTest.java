package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One decoding buffer serves a whole file: reuse must never carry one line's state into the next (a
 * long line after short ones).
 */
class LineDecodingReaderTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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
