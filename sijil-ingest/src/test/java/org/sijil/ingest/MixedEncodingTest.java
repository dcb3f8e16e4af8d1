package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.UserError;
import org.sijil.core.record.RowWarning;

/**
 * Lists shaped like the real ones (id, Arabic name, age, sex; thousands of rows), synthetic, with
 * rows in the other encoding: every row must read right, and each odd row be named by file and
 * line.
 */
class MixedEncodingTest {

  private static final Charset CP1256 = EncodingDetector.WINDOWS_1256;
  private static final String[] FIRST = {
    "محمد", "أحمد", "فاطمة", "مريم", "خليل", "سعاد", "يوسف", "هدى"
  };
  private static final String[] LAST = {"النجار", "العطار", "الحداد", "الخياط", "الصباغ", "الطحان"};

  @TempDir Path dir;

  /** Data row {@code i} (1-based): a synthetic name, age and sex. */
  static String row(int i) {
    return (900_000_000 + i)
        + ","
        + FIRST[i % FIRST.length]
        + " "
        + FIRST[(i / 8) % FIRST.length]
        + " "
        + LAST[i % LAST.length]
        + ","
        + (i % 90)
        + ","
        + (i % 2 == 0 ? "ذكر" : "أنثى")
        + "\n";
  }

  /** A list of {@code rows} rows in {@code main}, rows in {@code odd} written in {@code other}. */
  Path list(String name, int rows, Charset main, Charset other, Set<Integer> odd)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("رقم الهوية,الاسم,العمر,الجنس\n".getBytes(main));
    for (int i = 1; i <= rows; i++) {
      out.writeBytes(row(i).getBytes(odd.contains(i) ? other : main));
    }
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private static void assertAllRowsRight(List<ReadRow> rows, int count) {
    assertEquals(count, rows.size());
    for (int i = 1; i <= count; i++) {
      String[] expected = row(i).strip().split(",");
      assertEquals(expected[1], rows.get(i - 1).record().nameAr(), "row " + i);
    }
  }

  private static List<RowWarning> encodingWarnings(List<ReadRow> rows) {
    return rows.stream()
        .flatMap(r -> r.warnings().stream())
        .filter(w -> w.kind().equals("mixed_encoding"))
        .toList();
  }

  @Test
  void oneWindows1256RowNearTheTopOfAUtf8ListIsReadInItsOwnEncodingAndWarned() throws IOException {
    Path p = list("near-top.csv", 14_140, StandardCharsets.UTF_8, CP1256, Set.of(3));
    try (ListRead r = ListReader.open(p, ListReaderTest.opts())) {
      assertEquals("UTF-8", r.layout().encoding());
      assertTrue(r.layout().notes().get(0).contains("mixed"), r.layout().notes().toString());
      List<ReadRow> rows = r.stream().toList();
      assertAllRowsRight(rows, 14_140);
      List<RowWarning> w = encodingWarnings(rows);
      assertEquals(1, w.size(), w.toString());
      assertEquals(3, w.get(0).row());
      assertTrue(
          w.get(0).message().contains("near-top.csv line 4 is windows-1256"), w.get(0).message());
    }
  }

  @Test
  void windows1256RowsBeyond64KiBAreNamedByTheirExactLine() throws IOException {
    Path p = list("deep.csv", 5_000, StandardCharsets.UTF_8, CP1256, Set.of(3_001, 4_500));
    assertTrue(Files.size(p) > 3 * 65_536);
    List<ReadRow> rows = ListReaderTest.readAll(p, ListReaderTest.opts());
    assertAllRowsRight(rows, 5_000);
    List<RowWarning> w = encodingWarnings(rows);
    assertEquals(List.of(3_001L, 4_500L), w.stream().map(RowWarning::row).toList());
    assertTrue(w.get(0).message().contains("line 3,002 "), w.get(0).message());
    assertTrue(w.get(1).message().contains("line 4,501 "), w.get(1).message());
  }

  @Test
  void aUtf8RowInAWindows1256ListIsTheOddOne() throws IOException {
    Path p = list("old.csv", 400, CP1256, StandardCharsets.UTF_8, Set.of(7));
    try (ListRead r = ListReader.open(p, ListReaderTest.opts())) {
      assertEquals("windows-1256", r.layout().encoding());
      List<ReadRow> rows = r.stream().toList();
      assertAllRowsRight(rows, 400);
      List<RowWarning> w = encodingWarnings(rows);
      assertEquals(1, w.size());
      assertTrue(w.get(0).message().contains("old.csv line 8 is UTF-8"), w.get(0).message());
    }
  }

  @Test
  void anOddLineInsideAQuotedMultiLineCellWarnsItsRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("رقم الهوية,الاسم,ملاحظة\n1,محمد النجار,\"سطر أول\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes("سطر ثان\"\n".getBytes(CP1256));
    out.writeBytes("2,فاطمة الحداد,لا\n".getBytes(StandardCharsets.UTF_8));
    Path p = dir.resolve("multi.csv");
    Files.write(p, out.toByteArray());
    List<ReadRow> rows = ListReaderTest.readAll(p, ListReaderTest.opts());
    assertEquals("سطر أول\nسطر ثان", rows.get(0).record().raw().get("ملاحظة"));
    List<RowWarning> w = encodingWarnings(rows);
    assertEquals(1, w.size());
    assertEquals(1, w.get(0).row());
    assertTrue(w.get(0).message().contains("multi.csv line 3 "), w.get(0).message());
  }

  @Test
  void aForcedEncodingStopsAtTheExactLine() throws IOException {
    Path p = list("forced.csv", 5_000, StandardCharsets.UTF_8, CP1256, Set.of(3_001));
    UserError e =
        assertThrows(
            UserError.class,
            () ->
                ListReaderTest.readAll(
                    p, ListReaderTest.opts().withEncoding(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("line 3,002 is not valid UTF-8"), e.getMessage());
  }

  @Test
  void aJsonListWithLinesInTwoEncodingsIsRefusedNamingThem() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "[\n{\"id\": \"1\", \"name\": \"محمد النجار\"},\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\": \"2\", \"name\": \"فاطمة الحداد\"},\n".getBytes(CP1256));
    out.writeBytes(
        "{\"id\": \"3\", \"name\": \"يوسف العطار\"}\n]\n".getBytes(StandardCharsets.UTF_8));
    Path p = dir.resolve("mixed.json");
    Files.write(p, out.toByteArray());
    UserError e =
        assertThrows(UserError.class, () -> ListReaderTest.readAll(p, ListReaderTest.opts()));
    assertTrue(e.getMessage().contains("(lines 3)"), e.getMessage());
  }

  @Test
  void detectionReportsItsEvidence() {
    assertTrue(
        EncodingDetector.detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))
            .evidence()
            .contains("plain ASCII"));
    EncodingDetector.Detected d = EncodingDetector.detect(row(1).getBytes(CP1256));
    assertEquals(CP1256, d.charset());
    assertTrue(d.evidence().contains("whole file"), d.evidence());
  }
}
