package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

class ListReaderTest {

  @TempDir Path dir;

  static final String ARABIC_CSV =
      "رقم الهوية,الاسم,العمر,الجنس,تاريخ الميلاد\n"
          + "900000001,محمد أحمد خليل النجار,43,ذكر,1980-05-01\n"
          + "900000002,\"فاطمة، محمود حسن\",7 أشهر,أنثى,5/1/2023\n";

  static List<ReadRow> readAll(Path file, ReadOptions opts) {
    try (ListRead r = ListReader.open(file, opts)) {
      List<ReadRow> rows = new ArrayList<>();
      r.forEachRemaining(rows::add);
      return rows;
    }
  }

  static ReadOptions opts() {
    return ReadOptions.defaults().withPivotYear(2024);
  }

  Path write(String name, String text, Charset cs, byte[] bom) throws IOException {
    Path p = dir.resolve(name);
    byte[] body = text.getBytes(cs);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(p, all);
    return p;
  }

  void assertArabicRows(List<ReadRow> rows) {
    assertEquals(2, rows.size());
    CasualtyRecord a = rows.get(0).record();
    assertEquals("900000001", a.id());
    assertEquals("محمد أحمد خليل النجار", a.nameAr());
    assertEquals(Age.ofYears(43), a.age());
    assertEquals(Sex.MALE, a.sex());
    assertEquals(LocalDate.of(1980, 5, 1), a.dob());
    assertEquals(1, a.row());
    CasualtyRecord b = rows.get(1).record();
    assertEquals("فاطمة، محمود حسن", b.nameAr());
    assertEquals(new Age(0, 7, 0), b.age());
    assertEquals(Sex.FEMALE, b.sex());
    assertEquals(LocalDate.of(2023, 1, 5), b.dob());
    assertEquals("7 أشهر", b.raw().get("العمر"));
  }

  @Test
  void csvInEveryEncoding() throws IOException {
    byte[] none = {};
    assertArabicRows(readAll(write("a.csv", ARABIC_CSV, StandardCharsets.UTF_8, none), opts()));
    assertArabicRows(
        readAll(
            write(
                "b.csv",
                ARABIC_CSV,
                StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            opts()));
    assertArabicRows(
        readAll(
            write(
                "c.csv",
                ARABIC_CSV,
                StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE}),
            opts()));
    assertArabicRows(
        readAll(
            write(
                "d.csv",
                ARABIC_CSV,
                StandardCharsets.UTF_16BE,
                new byte[] {(byte) 0xFE, (byte) 0xFF}),
            opts()));
    assertArabicRows(readAll(write("e.csv", ARABIC_CSV, StandardCharsets.UTF_16LE, none), opts()));
    Path cp1256 = write("f.csv", ARABIC_CSV, EncodingDetector.WINDOWS_1256, none);
    assertArabicRows(readAll(cp1256, opts()));
    try (ListRead r = ListReader.open(cp1256, opts())) {
      assertEquals("windows-1256", r.layout().encoding());
    }
  }

  @Test
  void encodingOverrideWins() throws IOException {
    Path p = write("g.csv", ARABIC_CSV, EncodingDetector.WINDOWS_1256, new byte[0]);
    assertArabicRows(readAll(p, opts().withEncoding(Charset.forName("windows-1256"))));
    Path utf8 = write("h.csv", ARABIC_CSV, StandardCharsets.UTF_8, new byte[0]);
    UserError e =
        assertThrows(
            UserError.class, () -> readAll(utf8, opts().withEncoding(StandardCharsets.US_ASCII)));
    assertEquals(ErrorCode.INVALID_ENCODING, ((SijilException) e).code(), e.getMessage());
  }

  @Test
  void delimitersAreSniffed() throws IOException {
    for (String d : new String[] {";", "\t", "|"}) {
      String text = ARABIC_CSV.replace(",", d);
      // The Arabic comma inside the quoted name is no delimiter and is left as written.
      assertTrue(text.contains("\"فاطمة، محمود حسن\""), text);
      assertArabicRows(
          readAll(
              write("d" + (int) d.charAt(0) + ".txt", text, StandardCharsets.UTF_8, new byte[0]),
              opts()));
    }
    assertArabicRows(
        readAll(
            write("t.tsv", ARABIC_CSV.replace(",", "\t"), StandardCharsets.UTF_8, new byte[0]),
            opts()));
  }

  @Test
  void quotedCommasQuotesAndNewlines() throws IOException {
    String text = "id,en_name,age\n1,\"Ahmed, \"\"Abu\"\" Khalil\nal-Najjar\",5\n2,Omar Salem,6\n";
    List<ReadRow> rows = readAll(write("q.csv", text, StandardCharsets.UTF_8, new byte[0]), opts());
    assertEquals("Ahmed, \"Abu\" Khalil\nal-Najjar", rows.get(0).record().nameEn());
    assertEquals(2, rows.get(1).row());
  }

  @Test
  void titleLinesAboveTheHeaderAreSkippedAndKept() throws IOException {
    String text =
        "Ministry of Health,,\nList as of 2024-04-30,,\n,,\nID,Name,Age\n1,Omar Salem,6\n";
    Path p = write("title.csv", text, StandardCharsets.UTF_8, new byte[0]);
    try (ListRead r = ListReader.open(p, opts())) {
      assertEquals(3, r.layout().preamble().size());
      assertEquals(List.of("ID", "Name", "Age"), r.layout().headers());
      ReadRow row = r.next();
      assertEquals(1, row.row());
      assertEquals("Omar Salem", row.record().nameEn());
    }
  }

  @Test
  void nameColumnScriptDecidesTheField() throws IOException {
    String text = "id,name,en_name\n1,محمد أحمد,Muhammad Ahmed\n";
    try (ListRead r =
        ListReader.open(write("n.csv", text, StandardCharsets.UTF_8, new byte[0]), opts())) {
      assertEquals(
          Map.of("id", "id", "name_ar", "name", "name_en", "en_name"), r.layout().mapping());
      CasualtyRecord rec = r.next().record();
      assertEquals("محمد أحمد", rec.nameAr());
      assertEquals("Muhammad Ahmed", rec.nameEn());
    }
    String latin = "id,Full Name\n1,Muhammad Ahmed\n";
    try (ListRead r =
        ListReader.open(write("m.csv", latin, StandardCharsets.UTF_8, new byte[0]), opts())) {
      assertEquals("Muhammad Ahmed", r.next().record().nameEn());
    }
  }

  @Test
  void rejectsWrongColumnCountAndRowsWithoutNameOrId() throws IOException {
    String text =
        "id,name,age\n1,Omar Salem,6\n2,Omar\n,,7\n3,Ali Hasan,8,extra\n4,Ali Hasan,9,\n\n5,Sami Odeh,x\n";
    List<ReadRow> rows = readAll(write("r.csv", text, StandardCharsets.UTF_8, new byte[0]), opts());
    assertEquals(6, rows.size());
    assertTrue(rows.get(1).isRejected());
    assertEquals(2, rows.get(1).reject().row());
    assertEquals("wrong column count: 2 cells, the header has 3", rows.get(1).reject().reason());
    assertEquals("no name and no id", rows.get(2).reject().reason());
    assertTrue(rows.get(3).reject().reason().startsWith("wrong column count: 4 cells"));
    assertEquals(List.of("3", "Ali Hasan", "8", "extra"), rows.get(3).reject().cells());
    assertTrue(!rows.get(4).isRejected(), "a trailing empty cell is no data lost");
    ReadRow last = rows.get(5);
    assertEquals(7, last.row(), "blank line keeps its row number");
    assertNull(last.record().age());
    assertEquals("x", last.record().raw().get("age"));
    assertEquals("unparsed_age", last.warnings().get(0).kind());
    assertEquals("age", last.warnings().get(0).field());
  }

  @Test
  void mappingFileInBothForms() throws IOException {
    String text = "Person,Killed on,Notes\nOmar Salem,2024-01-02,n\n";
    Path p = write("x.csv", text, StandardCharsets.UTF_8, new byte[0]);
    assertThrows(UserError.class, () -> readAll(p, opts()));
    Path lines =
        write(
            "map.txt",
            "# my list\nPerson = name_en\nKilled on = dod\nNotes = -\n",
            StandardCharsets.UTF_8,
            new byte[0]);
    Path json =
        write(
            "map.json",
            "{\"Person\": \"name_en\", \"Killed on\": \"dod\"}",
            StandardCharsets.UTF_8,
            new byte[0]);
    for (Path m : List.of(lines, json)) {
      CasualtyRecord r = readAll(p, opts().withMapping(Mapping.load(m))).get(0).record();
      assertEquals("Omar Salem", r.nameEn());
      assertEquals(LocalDate.of(2024, 1, 2), r.dod());
      assertEquals("n", r.raw().get("Notes"));
    }
    Path bad = write("bad.txt", "Person = nom\n", StandardCharsets.UTF_8, new byte[0]);
    UserError e = assertThrows(UserError.class, () -> Mapping.load(bad));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("nom"), e.getMessage());
  }

  @Test
  void noHeaderIsAClearUserError() throws IOException {
    Path p = write("nohead.csv", "a,b\n1,2\n", StandardCharsets.UTF_8, new byte[0]);
    UserError e = assertThrows(UserError.class, () -> readAll(p, opts()));
    assertEquals(ErrorCode.NO_HEADER, ((SijilException) e).code(), e.getMessage());
    assertThrows(UserError.class, () -> readAll(dir.resolve("missing.csv"), opts()));
  }

  @Test
  void jsonArrayOfObjects() throws IOException {
    String text =
        "[{\"id\": 900000001, \"name\": \"محمد أحمد خليل النجار\", \"age\": 43, \"sex\": \"m\"},"
            + " {\"id\": \"900000002\", \"name\": \"فاطمة، محمود حسن\", \"age\": \"7 months\", \"sex\": \"f\", \"dob\": null,"
            + " \"place\": \"Gaza\"}]";
    List<ReadRow> rows =
        readAll(write("o.json", text, StandardCharsets.UTF_8, new byte[0]), opts());
    assertEquals(2, rows.size());
    assertEquals("900000001", rows.get(0).record().id());
    assertEquals("محمد أحمد خليل النجار", rows.get(0).record().nameAr());
    assertEquals(new Age(0, 7, 0), rows.get(1).record().age());
    assertEquals("Gaza", rows.get(1).record().place());
    assertEquals("", rows.get(0).record().raw().get("place"));
  }

  @Test
  void formatFromContentWhenTheNameDoesNotSay() throws IOException {
    Path json =
        write(
            "list.dat",
            "\n [{\"id\": 1, \"name\": \"Omar Salem\"}]",
            StandardCharsets.UTF_8,
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertEquals(FileFormat.JSON, FileFormat.detect(json));
    assertEquals("Omar Salem", readAll(json, opts()).get(0).record().nameEn());
    Path csv = write("list.dat2", "id,name\n1,Omar Salem\n", StandardCharsets.UTF_8, new byte[0]);
    assertEquals(FileFormat.CSV, FileFormat.detect(csv));
  }

  @Test
  void jsonArrayOfArraysInUtf16() throws IOException {
    String text =
        "[[\"رقم الهوية\", \"الاسم\", \"العمر\", \"الجنس\", \"تاريخ الميلاد\"],"
            + "[\"900000001\", \"محمد أحمد خليل النجار\", 43, \"ذكر\", \"1980-05-01\"],"
            + "[900000002, \"فاطمة، محمود حسن\", \"7 أشهر\", \"أنثى\", \"5/1/2023\"]]";
    assertArabicRows(readAll(write("a.json", text, StandardCharsets.UTF_8, new byte[0]), opts()));
    assertArabicRows(
        readAll(
            write("b.json", text, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
            opts()));
    UserError e =
        assertThrows(
            UserError.class,
            () ->
                readAll(
                    write("c.json", "{\"a\": 1}", StandardCharsets.UTF_8, new byte[0]), opts()));
    assertTrue(e.getMessage().contains("array"), e.getMessage());
  }

  @Test
  void aQuoteNeverClosedIsNamedWithItsLine() throws IOException {
    Path p =
        write(
            "quote.csv",
            "id,name_ar,age\n900000001,محمد أحمد,43\n900000002,\"فاطمة محمود,7\n900000003,ليلى,5\n",
            StandardCharsets.UTF_8,
            new byte[0]);
    UserError e = assertThrows(UserError.class, () -> readAll(p, opts()));
    assertTrue(
        e.getMessage().startsWith(p + ": the quoted cell starting on line 3 is never closed"),
        e.getMessage());
    assertTrue(
        !e.getMessage().contains("EOF") && !e.getMessage().contains("encapsulated"),
        e.getMessage());
  }
}
