package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * Imports the same synthetic list written in every format and encoding, through the sijil command.
 */
class ImportEndToEndTest {

  @TempDir Path dir;

  /**
   * Header and rows; row 5 has a wrong column count, row 6 neither name nor id, row 7 an unparsable
   * age.
   */
  static final List<List<String>> ROWS =
      List.of(
          List.of("رقم الهوية", "الاسم", "en_name", "العمر", "تاريخ الميلاد", "الجنس", "source"),
          List.of(
              "900000001",
              "محمد أحمد خليل النجار",
              "Muhammad Ahmed Khalil al-Najjar",
              "43",
              "1980-05-01",
              "ذكر",
              "h"),
          List.of(
              "900000002",
              "فاطمة محمود حسن الأسطل",
              "Fatima Mahmoud Hasan al-Astal",
              "7 months",
              "",
              "أنثى",
              "c"),
          List.of(
              "900000003", "سامي يوسف \"أبو\" عودة", "Sami Yousef, Odeh", "٥", "1/2/19", "m", "u"),
          List.of("900000004", "ليلى خليل سليم المصري", "", "70", "", "f", "h"),
          List.of("900000005", "عمر"),
          List.of("", "", "", "30", "", "m", "h"),
          List.of(
              "900000007",
              "رنا وليد جمال حمدان",
              "Rana Walid Jamal Hamdan",
              "unknown",
              "",
              "F",
              "h"));

  static String csv(char delimiter) {
    StringBuilder sb = new StringBuilder("قائمة تجريبية" + "\n");
    for (List<String> row : ROWS) {
      for (int i = 0; i < row.size(); i++) {
        String c = row.get(i);
        if (i > 0) {
          sb.append(delimiter);
        }
        boolean quote = c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0;
        sb.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  Path text(String name, String content, Charset cs, boolean bom) throws Exception {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      if (bom) {
        out.write("\uFEFF".getBytes(cs));
      }
      out.write(content.getBytes(cs));
    }
    return p;
  }

  Path xlsx() throws Exception {
    Path p = dir.resolve("list.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(p)) {
      Sheet s = wb.createSheet("list");
      s.createRow(0).createCell(0).setCellValue("قائمة تجريبية");
      for (int r = 0; r < ROWS.size(); r++) {
        Row row = s.createRow(r + 1);
        for (int c = 0; c < ROWS.get(r).size(); c++) {
          row.createCell(c).setCellValue(ROWS.get(r).get(c));
        }
      }
      wb.write(out);
    }
    return p;
  }

  Path jsonObjects() throws Exception {
    StringBuilder sb = new StringBuilder("[");
    List<String> header = ROWS.get(0);
    com.fasterxml.jackson.databind.ObjectMapper m =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<Map<String, String>> objects = new java.util.ArrayList<>();
    for (List<String> row : ROWS.subList(1, ROWS.size())) {
      Map<String, String> o = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        o.put(header.get(i), row.get(i));
      }
      objects.add(o);
    }
    return text("objects.json", m.writeValueAsString(objects), StandardCharsets.UTF_8, false);
  }

  Path jsonArrays(Charset cs, boolean bom) throws Exception {
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ROWS);
    return text("arrays-" + cs.name() + ".json", json, cs, bom);
  }

  @Test
  void everyFormatAndEncodingImportsTheSameRecords() throws Exception {
    Path db = dir.resolve("r.db");
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("utf8", text("utf8.csv", csv(','), StandardCharsets.UTF_8, false));
    files.put("utf8bom", text("utf8bom.csv", csv(','), StandardCharsets.UTF_8, true));
    files.put("utf16le", text("utf16le.csv", csv(','), StandardCharsets.UTF_16LE, true));
    files.put("utf16be", text("utf16be.csv", csv(','), StandardCharsets.UTF_16BE, true));
    // windows-1256 has no Arabic-Indic digits: that file writes the age in ASCII digits.
    files.put(
        "cp1256",
        text("cp1256.csv", csv(',').replace("٥", "5"), Charset.forName("windows-1256"), false));
    files.put("semicolon", text("semicolon.csv", csv(';'), StandardCharsets.UTF_8, false));
    files.put("tsv", text("tab.tsv", csv('\t'), StandardCharsets.UTF_8, false));
    files.put("xlsx", xlsx());
    files.put("json-objects", jsonObjects());
    files.put("json-arrays", jsonArrays(StandardCharsets.UTF_8, false));
    files.put("json-utf16", jsonArrays(StandardCharsets.UTF_16LE, true));

    String expected = null;
    for (Map.Entry<String, Path> e : files.entrySet()) {
      String label = e.getKey();
      boolean objects = label.equals("json-objects") || label.equals("xlsx");
      JsonNode s =
          Cli.ok(
                  "import",
                  e.getValue(),
                  "--source",
                  "test",
                  "--release",
                  label,
                  "--as-of",
                  "2024-04-30",
                  "--db",
                  db,
                  "--format",
                  "json")
              .json();
      assertEquals("imported", s.get("status").asText(), label);
      // XLSX rows and JSON objects have no column count: the short row 5 is padded, not rejected.
      assertEquals(7, s.get("read").asLong(), label);
      assertEquals(objects ? 6 : 5, s.get("imported").asLong(), label);
      assertEquals(objects ? 1 : 2, s.get("rejected").asLong(), label);
      assertEquals(1, s.get("warnings").asLong(), label);
      assertEquals(1, s.get("warnings_by_kind").get("unparsed_age").asLong(), label);

      String exported = Cli.ok("export", label, "--db", db).out();
      if (objects) {
        exported = exported.replace("900000005,عمر,,,,,,,\n", "");
      }
      if (expected == null) {
        expected = exported;
        assertTrue(
            expected.contains(
                "900000002,فاطمة محمود حسن الأسطل,Fatima Mahmoud Hasan al-Astal,7 months,,f,c,,"),
            expected);
        assertTrue(expected.contains("\"Sami Yousef, Odeh\",5,2019-02-01,m,u"), expected);
        assertTrue(
            expected.contains("900000007,رنا وليد جمال حمدان,Rana Walid Jamal Hamdan,,,f,h,,"),
            expected);
      } else {
        assertEquals(expected, exported, label);
      }
    }
    Cli.Run rejects = Cli.ok("rejects", "utf8", "--db", db, "--format", "json");
    JsonNode rj = rejects.json();
    assertEquals(2, rj.size());
    assertEquals(5, rj.get(0).get("row").asLong());
    assertEquals("wrong column count: 2 cells, the header has 7", rj.get(0).get("reason").asText());
    assertEquals("utf8.csv", rj.get(0).get("file").asText());
    assertEquals("no name and no id", rj.get(1).get("reason").asText());
    JsonNode warnings = Cli.ok("warnings", "utf8", "--db", db, "--format", "json").json();
    assertEquals("unknown", warnings.get(0).get("value").asText());
    assertEquals(7, warnings.get(0).get("row").asLong());
  }

  @Test
  void sameFileIsANoOpDifferentFileNeedsReplace() throws Exception {
    Path db = dir.resolve("r.db");
    Path a = text("a.csv", csv(','), StandardCharsets.UTF_8, false);
    Path b =
        text(
            "b.csv",
            csv(',') + "900000008,هدى ناصر رائد البطش,,12,,f,h\r\n",
            StandardCharsets.UTF_8,
            false);
    Cli.ok("import", a, "--source", "s", "--release", "r1", "--db", db);
    JsonNode again =
        Cli.ok("import", a, "--source", "s", "--release", "r1", "--db", db, "--format", "json")
            .json();
    assertEquals("unchanged", again.get("status").asText());
    assertEquals(5, again.get("imported").asLong());
    Cli.Run refused = Cli.run("import", b, "--source", "s", "--release", "r1", "--db", db);
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("--replace"), refused.err());
    assertEquals(1, refused.err().strip().lines().count(), refused.err());
    JsonNode replaced =
        Cli.ok(
                "import",
                b,
                "--source",
                "s",
                "--release",
                "r1",
                "--db",
                db,
                "--replace",
                "--by",
                "amal",
                "--format",
                "json")
            .json();
    assertEquals("replaced", replaced.get("status").asText());
    assertEquals(6, replaced.get("imported").asLong());
    assertEquals("amal", replaced.get("imported_by").asText());
    JsonNode releases = Cli.ok("releases", "--db", db, "--format", "json").json();
    assertEquals(1, releases.size());
    assertEquals("b.csv", releases.get(0).get("file").asText());
    assertEquals(
        "amal", releases.get(0).get("imported_by").asText(), "who imported it is recorded");
    assertEquals(
        System.getProperty("user.name"), again.get("imported_by").asText(), "default: the OS user");
  }

  @Test
  void userErrorsAreOneLine() throws Exception {
    Path db = dir.resolve("r.db");
    Cli.Run missing =
        Cli.run("import", dir.resolve("nope.csv"), "--source", "s", "--release", "r", "--db", db);
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("sijil: no such file"), missing.err());
    Path a = text("a.csv", csv(','), StandardCharsets.UTF_8, false);
    Cli.ok("import", a, "--source", "s", "--release", "first", "--db", db);
    Cli.Run unknown = Cli.run("show", "nothing", "--db", db);
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("sijil releases"), unknown.err());
    Cli.Run enc =
        Cli.run(
            "import", a, "--source", "s", "--release", "r", "--db", db, "--encoding", "klingon");
    assertEquals(1, enc.code());
    Cli.Run sheet =
        Cli.run("import", a, "--source", "s", "--release", "r", "--db", db, "--sheet", "0");
    assertEquals(1, sheet.code());
  }

  @Test
  void everyRegisterCommandHasHelp() {
    for (String c :
        new String[] {"import", "releases", "show", "rejects", "warnings", "diff", "export"}) {
      Cli.Run r = Cli.ok(c, "--help");
      assertTrue(r.out().contains("Usage: sijil " + c), r.out());
    }
    assertTrue(Cli.ok("import", "--help").out().contains("header = field"));
  }
}
