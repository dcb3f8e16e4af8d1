package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.record.CasualtyRecord;

/**
 * A canonical export guards formula cells for spreadsheets and still reads back into the same
 * records.
 */
class FormulaRoundTripTest {

  @TempDir Path dir;

  @Test
  void exportGuardsFormulasAndImportRestoresThem() throws Exception {
    List<String> names =
        List.of(
            "=1+2",
            "@SUM(1+1)",
            "=IMPORTXML(\"http://x.example/\",\"//a\")",
            "'=already",
            "'plain",
            "-",
            "محمد النجار");
    StringWriter out = new StringWriter();
    try (CanonicalCsv csv = new CanonicalCsv(out)) {
      long row = 1;
      for (String n : names) {
        csv.write(
            new CasualtyRecord(
                row, "+" + row, n, "-x" + row, null, null, null, null, null, "\t=cmd", null));
        row++;
      }
    }
    String text = out.toString();
    assertTrue(text.contains("'=1+2"), text);
    assertTrue(text.contains("'@SUM(1+1)"), text);
    for (String line : text.split("\n")) {
      for (String cell : line.split(",")) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        boolean plainNumber = c.matches("[+-]?[0-9]+([.,][0-9]+)?");
        assertTrue(
            c.isEmpty() || plainNumber || "=+-@\t\r".indexOf(c.charAt(0)) < 0,
            "unguarded cell " + cell);
      }
    }
    Path file = dir.resolve("export.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<ReadRow> rows = ListReaderTest.readAll(file, ListReaderTest.opts());
    for (int i = 0; i < names.size(); i++) {
      CasualtyRecord r = rows.get(i).record();
      assertEquals(names.get(i), r.nameAr());
      assertEquals("+" + (i + 1), r.id());
      assertEquals("-x" + (i + 1), r.nameEn());
      assertEquals("\t=cmd".strip(), r.place());
    }
  }

  @Test
  void anOrdinaryListKeepsItsApostrophes() throws Exception {
    Path file = dir.resolve("list.csv");
    Files.writeString(file, "id,name\n1,'=not a guard here\n", StandardCharsets.UTF_8);
    assertEquals(
        "'=not a guard here",
        ListReaderTest.readAll(file, ListReaderTest.opts()).get(0).record().nameEn());
  }
}
