package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.core.UserError;
import org.sijil.core.record.RowReject;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Every file of the bad-input corpus ({@code sijil-ingest/src/test/resources/bad-inputs}, plus an
 * XLSX zip bomb made here) imported into one register: an import accounts for every row (read =
 * imported + rejected) with the expected reasons and warnings; a refusal says why and leaves the
 * register as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

  static final Path CORPUS =
      Path.of("..", "sijil-ingest", "src", "test", "resources", "bad-inputs");
  static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);

  Path dir;
  Path db;

  /**
   * What a file should come to: imported with these counts and warnings, or refused with this
   * message.
   */
  record Expected(
      long imported,
      long rejected,
      List<String> rejectReasons,
      Map<String, Long> warnings,
      String refusal) {
    static Expected imported(
        long imported, long rejected, List<String> reasons, Map<String, Long> warnings) {
      return new Expected(imported, rejected, reasons, warnings, null);
    }

    static Expected refused(String message) {
      return new Expected(0, 0, List.of(), Map.of(), message);
    }
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "encoding-mixed.csv",
            Expected.imported(40, 0, List.of(), Map.of("mixed_encoding", 2L))),
        Arguments.of("truncated-quote.csv", Expected.refused("is never closed")),
        Arguments.of(
            "truncated-row.csv",
            Expected.imported(2, 1, List.of("wrong column count: 3 cells"), Map.of())),
        Arguments.of(
            "wrong-columns.csv",
            Expected.imported(
                2,
                2,
                List.of("wrong column count: 8 cells", "wrong column count: 2 cells"),
                Map.of())),
        Arguments.of(
            "formula-cells.csv", Expected.imported(5, 0, List.of(), Map.of("unparsed_age", 1L))),
        Arguments.of("control-characters.csv", Expected.imported(3, 0, List.of(), Map.of())),
        Arguments.of(
            "impossible-facts.csv",
            Expected.imported(
                4,
                0,
                List.of(),
                Map.of(
                    "implausible_birth",
                    1L,
                    "age_disagrees",
                    1L,
                    "death_before_birth",
                    1L,
                    "after_as_of",
                    1L))),
        Arguments.of(
            "duplicate-keys.csv", Expected.imported(4, 0, List.of(), Map.of("duplicate_id", 2L))),
        Arguments.of(
            "huge-cell.csv", Expected.imported(2, 1, List.of("40,000 characters"), Map.of())),
        Arguments.of("header-only.csv", Expected.refused("header but no data rows")),
        Arguments.of("no-header.csv", Expected.refused("no header row recognized")),
        Arguments.of("zip-bomb.xlsx", Expected.refused("not a readable XLSX workbook")));
  }

  @BeforeAll
  void baseline(@TempDir Path tmp) throws IOException {
    dir = tmp;
    db = dir.resolve("corpus.db");
    Path base = dir.resolve("base.csv");
    SyntheticList.write(base, 50, 1);
    try (Register reg = Register.open(db)) {
      importer(reg).run(request(base, "base"), TESTER, ProgressListener.NONE);
    }
  }

  private static final Actor TESTER = new Actor("corpus-test");

  private static ImportRelease importer(Register reg) {
    return new ImportRelease(reg);
  }

  private static ImportRelease.Request request(Path file, String release) {
    return new ImportRelease.Request(file, "corpus", release, AS_OF, ReadOptions.defaults(), false);
  }

  private Path file(String name) throws IOException {
    return name.equals("zip-bomb.xlsx") ? zipBomb(dir.resolve(name)) : CORPUS.resolve(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBadInputIsAccountedForOrRefusedCleanly(String name, Expected expected) throws Exception {
    Path file = file(name);
    String release = name.replaceAll("[^a-z0-9]", "-");
    List<Release> before;
    long rawBefore = ImportAtomicityTest.count(db, "raw_rows");
    try (Register reg = Register.open(db)) {
      before = reg.releases().list();
      if (expected.refusal() != null) {
        UserError e =
            assertThrows(
                UserError.class,
                () -> importer(reg).run(request(file, release), TESTER, ProgressListener.NONE));
        assertTrue(e.getMessage().contains(expected.refusal()), name + ": " + e.getMessage());
        assertEquals(before, reg.releases().list(), name + ": the register is unchanged");
      } else {
        ImportRelease.Summary s =
            importer(reg).run(request(file, release), TESTER, ProgressListener.NONE);
        assertEquals(s.read(), s.imported() + s.rejected(), name + ": every row accounted for");
        assertEquals(expected.imported(), s.imported(), name);
        assertEquals(expected.rejected(), s.rejected(), name);
        assertEquals(expected.warnings(), s.warningsByKind(), name);
        Release r = reg.releases().find("corpus", release).orElseThrow();
        List<RowReject> rejects = reg.records().rejects(r.id());
        assertEquals(expected.rejectReasons().size(), rejects.size(), name);
        for (int i = 0; i < rejects.size(); i++) {
          assertTrue(
              rejects.get(i).reason().contains(expected.rejectReasons().get(i)),
              name + ": " + rejects.get(i).reason());
        }
        assertEquals(s.imported(), reg.records().list(r.id()).size(), name);
      }
    }
    if (expected.refusal() != null) {
      assertEquals(
          rawBefore, ImportAtomicityTest.count(db, "raw_rows"), name + ": no rows left behind");
    }
  }

  /**
   * A small XLSX whose one sheet inflates from a few hundred KB to 100 MB of zeros-like XML: POI's
   * inflate-ratio guard must refuse it before it is expanded.
   */
  static Path zipBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              .getBytes(StandardCharsets.UTF_8));
      byte[] padding = new byte[1 << 20];
      java.util.Arrays.fill(padding, (byte) ' ');
      for (int i = 0; i < 100; i++) {
        zip.write(padding);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
