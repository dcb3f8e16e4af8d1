package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.store.postgres.CopyBinary.Kind;

/**
 * COPY's binary format, byte for byte (no server needed; the round trip is in the appender test).
 */
class CopyBinaryTest {

  private static final String HEADER = "5047434f50590aff0d0a00" + "00000000" + "00000000";
  private static final String TRAILER = "ffff";

  private static String hex(CopyBinary b) {
    return HexFormat.of().formatHex(b.bytes(), 0, b.length());
  }

  @Test
  void eachKindInItsSendForm() {
    CopyBinary b =
        new CopyBinary(
            new Kind[] {
              Kind.INT4,
              Kind.INT8,
              Kind.FLOAT8,
              Kind.BOOL,
              Kind.TEXT,
              Kind.BYTEA,
              Kind.DATE,
              Kind.TIMESTAMP
            },
            4);
    Object[] row = {
      -2,
      1234567890123L,
      2.5,
      true,
      "اب",
      new byte[] {0x00, (byte) 0xab},
      LocalDate.of(1999, 12, 31),
      LocalDateTime.of(2000, 1, 1, 0, 0, 1, 500_000)
    };
    assertTrue(b.encode(List.<Object[]>of(row, new Object[8])));
    String first =
        "0008"
            + "00000004fffffffe"
            + "00000008"
            + "0000011f71fb04cb"
            + "00000008"
            + "4004000000000000"
            + "0000000101"
            + "00000004d8a7d8a8"
            + "0000000200ab"
            + "00000004ffffffff"
            + "00000008"
            + "00000000000f4434";
    String nulls = "0008" + "ffffffff".repeat(8);
    assertEquals(HEADER + first + nulls + TRAILER, hex(b));
  }

  @Test
  void aValueWithoutAnExactBinaryFormIsLeftToTheText() {
    CopyBinary b = new CopyBinary(new Kind[] {Kind.INT4, Kind.TEXT, Kind.TIMESTAMP}, 4);
    assertFalse(b.encode(List.<Object[]>of(new Object[] {1L << 40, "x", null})), "int4 range");
    assertFalse(b.encode(List.<Object[]>of(new Object[] {1, 7L, null})), "a number as text");
    assertFalse(
        b.encode(
            List.<Object[]>of(new Object[] {1, "x", LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1)})),
        "finer than a microsecond");
    assertFalse(b.encode(List.<Object[]>of(new Object[] {1, "x"})), "a missing column");
    assertTrue(b.encode(List.<Object[]>of(new Object[] {1L, "x", null})));
  }

  @Test
  void kindsByTypeName() {
    assertEquals(Kind.TEXT, Kind.of("varchar").orElseThrow());
    assertEquals(Kind.INT8, Kind.of("int8").orElseThrow());
    assertTrue(Kind.of("numeric").isEmpty());
    assertTrue(Kind.of("jsonb").isEmpty());
  }

  /**
   * Text values are encoded through a reused encoder: the same bytes as {@link String#getBytes} (a
   * lone surrogate as '?'), for random strings of every kind and length, chunk after chunk.
   */
  @Test
  void textIsTheUtf8OfGetBytes() {
    java.util.Random random = new java.util.Random(13);
    String[] alphabet = {
      "a", "Z", "7", " ", "\"", "\\", "ا", "ب", "ة", "é", "😀", "\ud800", "\udc00", "\u0000"
    };
    CopyBinary b = new CopyBinary(new Kind[] {Kind.TEXT, Kind.TEXT}, 4);
    for (int chunk = 0; chunk < 50; chunk++) {
      List<Object[]> rows = new java.util.ArrayList<>();
      java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
      expected.writeBytes(HexFormat.of().parseHex(HEADER));
      for (int r = 0; r < 40; r++) {
        String[] row = new String[2];
        expected.writeBytes(new byte[] {0, 2});
        for (int c = 0; c < 2; c++) {
          StringBuilder sb = new StringBuilder();
          int n = random.nextInt(random.nextInt(10) == 0 ? 1000 : 40);
          for (int k = 0; k < n; k++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
          }
          row[c] = sb.toString();
          byte[] utf8 = row[c].getBytes(java.nio.charset.StandardCharsets.UTF_8);
          expected.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(utf8.length).array());
          expected.writeBytes(utf8);
        }
        rows.add(row);
      }
      expected.writeBytes(HexFormat.of().parseHex(TRAILER));
      assertTrue(b.encode(rows));
      assertEquals(HexFormat.of().formatHex(expected.toByteArray()), hex(b), "chunk " + chunk);
    }
  }
}
