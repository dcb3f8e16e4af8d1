package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.sijil.core.fields.DateParser;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/** Columns recognized by their content, and no column left out silently (issue 15). */
class ContentColumnsTest {

  @TempDir Path dir;

  /** Synthetic rows: id, Arabic name, Latin name, age, sex, date of death, place, row number. */
  private static final String[][] ROWS = {
    {
      "900000101",
      "محمد أحمد خليل النجار",
      "Mohammed Ahmad Khalil Alnajjar",
      "43",
      "ذكر",
      "2023-10-17"
    },
    {
      "900000102",
      "فاطمة محمود حسن الشيخ",
      "Fatima Mahmoud Hasan Alsheikh",
      "7",
      "أنثى",
      "2023-10-18"
    },
    {"900000103", "يوسف سعيد عمر العطار", "Yousef Saeed Omar Alattar", "12", "ذكر", "2023-11-02"},
    {
      "900000104",
      "مريم خالد ابراهيم حمدان",
      "Mariam Khaled Ibrahim Hamdan",
      "35",
      "أنثى",
      "2023-11-20"
    },
    {
      "900000105",
      "عمر ناصر يوسف ابو سمرة",
      "Omar Nasser Yousef Abu Samra",
      "61",
      "ذكر",
      "2023-12-05"
    },
    {"900000106", "ليلى سمير احمد الحلو", "Layla Samir Ahmad Alhelou", "-1", "أنثى", "2024-01-09"},
  };

  private Path csv(String name, String header, int... columns) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (header != null) {
      sb.append(header).append('\n');
    }
    for (String[] r : ROWS) {
      List<String> cells = new ArrayList<>();
      for (int c : columns) {
        cells.add(r[c]);
      }
      sb.append(String.join(",", cells)).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static ListRead open(Path p, ReadOptions o) {
    return ListReader.open(p, o);
  }

  private static List<CasualtyRecord> records(ListRead r) {
    List<CasualtyRecord> out = new ArrayList<>();
    r.forEachRemaining(row -> out.add(row.record()));
    return out;
  }

  @Test
  void unknownArabicHeadersAreReadByContent() throws IOException {
    Path p = csv("ar.csv", "الرقم الوطني,المتوفى,سنه,ذ/أ,يوم الوفاة", 0, 1, 3, 4, 5);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      assertEquals(
          Map.of(
              "id", "الرقم الوطني",
              "name_ar", "المتوفى",
              "age", "سنه",
              "sex", "ذ/أ",
              "dod", "يوم الوفاة"),
          r.layout().mapping());
      assertTrue(r.layout().unmapped().isEmpty(), r.layout().unmapped().toString());
      assertTrue(
          r.layout().notes().stream().anyMatch(n -> n.contains("read as name_ar by its content")),
          r.layout().notes().toString());
      CasualtyRecord first = records(r).get(0);
      assertEquals("محمد أحمد خليل النجار", first.nameAr());
      assertEquals(Sex.MALE, first.sex());
      assertEquals(LocalDate.of(2023, 10, 17), first.dod());
    }
  }

  @Test
  void oddEnglishHeaderRowIsAHeaderNotData() throws IOException {
    Path p = csv("odd.csv", "Victim,Yrs,G", 2, 3, 4);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      assertEquals(List.of("Victim", "Yrs", "G"), r.layout().headers());
      assertEquals("Victim", r.layout().mapping().get("name_en"));
      assertEquals("Yrs", r.layout().mapping().get("age"));
      assertEquals(ROWS.length, records(r).size());
    }
  }

  @Test
  void fileWithoutHeaderRowIsReadByPosition() throws IOException {
    Path p = csv("nohead.csv", null, 0, 1, 2, 3, 4);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      assertEquals("column 2", r.layout().mapping().get("name_ar"));
      assertEquals("column 3", r.layout().mapping().get("name_en"));
      assertEquals("column 1", r.layout().mapping().get("id"));
      List<CasualtyRecord> rs = records(r);
      assertEquals(ROWS.length, rs.size(), "the first row is data, not a header");
      assertEquals("900000101", rs.get(0).id());
      assertEquals(1, rs.get(0).row());
    }
  }

  @Test
  void recognizedIdWithUnknownNameHeaderStillFindsTheNames() throws IOException {
    // The real failure: an id under a known header, the Arabic names under an unknown one.
    Path p = csv("realshape.csv", "id,اسم المتوفى رباعي,age", 0, 1, 3);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      assertEquals("اسم المتوفى رباعي", r.layout().mapping().get("name_ar"));
      assertTrue(records(r).stream().allMatch(c -> c.nameAr() != null));
    }
  }

  @Test
  void unmappedColumnsAreListedWithSamples() throws IOException {
    String text =
        "id,name,remarks,#\n"
            + "900000201,محمد أحمد خليل النجار,home,1\n"
            + "900000202,فاطمة محمود حسن الشيخ,street,2\n"
            + "900000203,يوسف سعيد عمر العطار,home,3\n"
            + "900000204,مريم خالد ابراهيم حمدان,home,4\n";
    Path p = dir.resolve("remarks.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      List<UnmappedColumn> u = r.layout().unmapped();
      assertEquals(2, u.size(), u.toString());
      assertEquals("remarks", u.get(0).header());
      assertEquals(3, u.get(0).column());
      assertEquals(List.of("home", "street"), u.get(0).samples());
      assertEquals("#", u.get(1).header());
      assertFalse(r.layout().mapping().containsKey("age"), "row numbers are not ages");
      assertTrue(u.get(0).describe().contains("'remarks' (column 3, e.g. 'home', 'street')"));
    }
  }

  @Test
  void noNameColumnStopsWithTheColumnsAndHowToMapOne() throws IOException {
    String text = "id,code\n900000301,x1\n900000302,x2\n900000303,x3\n";
    Path p = dir.resolve("nonames.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    SijilException e =
        assertThrows(SijilException.class, () -> open(p, ReadOptions.defaults()).close());
    assertEquals(ErrorCode.NO_HEADER, e.code());
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("no name column"), e.getMessage());
    assertTrue(e.getMessage().contains("'code' (column 2, e.g. 'x1', 'x2', 'x3')"), e.getMessage());
    assertTrue(e.getMessage().contains("HEADER = name_ar"), e.getMessage());

    ReadOptions declared = ReadOptions.defaults().withMapping(Mapping.of(Map.of("names", "none")));
    try (ListRead r = open(p, declared)) {
      assertEquals(3, records(r).size());
    }
  }

  @Test
  void mappingLeavesAColumnOutAndContentCannotOverrideIt() throws IOException {
    Path p = csv("mapped.csv", "ident,who,whom", 0, 1, 2);
    Mapping m = Mapping.of(Map.of("whom", "-"));
    try (ListRead r = open(p, ReadOptions.defaults().withMapping(m))) {
      assertNull(r.layout().mapping().get("name_en"));
      assertEquals("left unmapped by the mapping file", r.layout().unmapped().get(0).reason());
    }
  }

  @Test
  void titleLinesAboveAHeaderlessTableAreKept() throws IOException {
    StringBuilder sb = new StringBuilder("قائمة تجريبية,,\n");
    for (String[] row : ROWS) {
      sb.append(row[1]).append(',').append(row[3]).append(',').append(row[4]).append('\n');
    }
    Path p = dir.resolve("title.csv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    try (ListRead r = open(p, ReadOptions.defaults())) {
      assertEquals(1, r.layout().preamble().size());
      assertEquals("column 1", r.layout().mapping().get("name_ar"));
      List<CasualtyRecord> rs = records(r);
      assertEquals(ROWS.length, rs.size());
      assertEquals(1, rs.get(0).row());
    }
  }

  @Test
  void classifyRules() {
    DateParser d = new DateParser(2024);
    assertEquals(
        "dob",
        ColumnContent.classify(List.of("1980-05-01", "2001-02-03", "1955-12-30"), d).field());
    assertEquals(
        "dod",
        ColumnContent.classify(List.of("2023-10-17", "2024-01-03", "2023-12-30"), d).field());
    assertEquals("sex", ColumnContent.classify(List.of("M", "F", "f", "m"), d).field());
    assertNull(ColumnContent.classify(List.of("Gaza", "Gaza", "Rafah", "Gaza"), d).field());
    assertNull(ColumnContent.classify(List.of("1", "2"), d).field(), "too few to judge");
  }
}
