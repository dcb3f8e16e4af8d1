package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COPY's text format, byte for byte (no server needed). */
class CopyTextTest {

  private static String encode(List<Object[]> rows) {
    CopyText t = new CopyText(4).encode(rows);
    return new String(Arrays.copyOf(t.bytes(), t.length()), StandardCharsets.UTF_8);
  }

  @Test
  void valuesInTheirTextForm() {
    List<Object[]> rows =
        List.of(
            new Object[] {
              0L, 1234567890123L, -5L, 7, null, "اسم\tتجريبي", "a\\b\nc\rd", true, false
            },
            new Object[] {LocalDate.of(2024, 1, 9), new byte[] {0x00, (byte) 0xab}, 2.5, ""});
    assertEquals(
        "0\t1234567890123\t-5\t7\t\\N\tاسم\\tتجريبي\ta\\\\b\\nc\\rd\tt\tf\n"
            + "2024-01-09\t\\\\x00ab\t2.5\t\n",
        encode(rows));
  }

  @Test
  void reusedBufferStartsAgainEachChunk() {
    CopyText t = new CopyText(2);
    t.encode(List.<Object[]>of(new Object[] {"long value ".repeat(50)}));
    t.encode(List.<Object[]>of(new Object[] {"x", 1L}));
    assertEquals(
        "x\t1\n", new String(Arrays.copyOf(t.bytes(), t.length()), StandardCharsets.UTF_8));
  }
}
