package org.sijil.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8Test {

  private static final List<String> SAMPLES =
      List.of(
          "",
          "plain ascii \t\n\\",
          "اسم تجريبي",
          "é ß ñ",
          "中文 €",
          "emoji \uD83D\uDE00 pair",
          "lone high \uD83D end",
          "lone low \uDE00 end",
          "high at end \uD83D",
          "\u0000\u007f\u0080\u07ff\u0800\uffff");

  @Test
  void sameBytesAsTheJdk() {
    for (String s : SAMPLES) {
      byte[] jdk = s.getBytes(StandardCharsets.UTF_8);
      byte[] dst = new byte[s.length() * Utf8.MAX_BYTES_PER_CHAR + 2];
      dst[0] = 'x';
      int end = Utf8.encode(s, dst, 1);
      assertEquals(jdk.length, end - 1, s);
      assertEquals(jdk.length, Utf8.length(s), s);
      assertArrayEquals(jdk, Arrays.copyOfRange(dst, 1, end), s);
      assertEquals('x', dst[0]);
    }
  }
}
