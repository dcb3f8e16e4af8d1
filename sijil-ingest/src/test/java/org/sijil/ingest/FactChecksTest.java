package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.UserError;
import org.sijil.core.record.RowWarning;

/**
 * Warnings an import gets about facts, repeated ids, and files with nothing or too much in them.
 */
class FactChecksTest {

  @TempDir Path dir;

  private Path csv(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static ReadOptions importing() {
    return ListReaderTest.opts().withFactChecks(true).withAsOf(LocalDate.of(2024, 4, 30));
  }

  private static List<String> kinds(ReadRow r) {
    return r.warnings().stream().map(RowWarning::kind).toList();
  }

  @Test
  void impossibleFactsAreWarnedAndKept() throws IOException {
    Path p =
        csv(
            "facts.csv",
            "id,name,age,dob,dod\n"
                + "1,Test Person A,30,1800-01-01,2024-01-01\n"
                + "2,Test Person B,5,2019-02-02,2024-06-01\n"
                + "3,Test Person C,,2030-01-01,\n"
                + "4,Test Person D,,2000-05-05,1999-01-01\n"
                + "5,Test Person E,40,1984-01-01,2024-01-01\n");
    List<ReadRow> rows = ListReaderTest.readAll(p, importing());
    assertEquals(List.of("implausible_birth", "age_disagrees"), kinds(rows.get(0)));
    assertEquals(List.of("after_as_of"), kinds(rows.get(1)));
    assertEquals(List.of("after_as_of"), kinds(rows.get(2)));
    assertEquals(List.of("death_before_birth"), kinds(rows.get(3)));
    assertEquals(List.of(), kinds(rows.get(4)));
    assertEquals(LocalDate.of(1800, 1, 1), rows.get(0).record().dob(), "values are kept as read");
  }

  @Test
  void idsRepeatedWithinTheFileAreWarnedOnTheLaterRows() throws IOException {
    Path p = csv("dups.csv", "id,name\n7,Test Person A\n8,Test Person B\n7,Test Person C\n");
    List<ReadRow> rows = ListReaderTest.readAll(p, importing());
    assertEquals(List.of(), kinds(rows.get(0)));
    RowWarning w = rows.get(2).warnings().get(0);
    assertEquals("duplicate_id", w.kind());
    assertEquals("7", w.value());
    assertTrue(w.message().contains("data row 1"), w.message());
  }

  @Test
  void withoutFactChecksOnlyParsingIsJudged() throws IOException {
    Path p = csv("plain.csv", "id,name,dob\n7,Test Person A,1800-01-01\n7,Test Person B,\n");
    assertTrue(
        ListReaderTest.readAll(p, ListReaderTest.opts()).stream()
            .allMatch(r -> r.warnings().isEmpty()));
  }

  @Test
  void aHeaderOnlyFileIsRefused() throws IOException {
    Path p = csv("empty.csv", "id,name,age\n\n,,\n");
    UserError e = assertThrows(UserError.class, () -> ListReaderTest.readAll(p, importing()));
    assertTrue(e.getMessage().contains("header but no data rows (2 blank)"), e.getMessage());
  }

  @Test
  void aCellLongerThanASpreadsheetHoldsRejectsItsRow() throws IOException {
    Path p = csv("huge.csv", "id,name\n1,Test Person A\n2," + "x".repeat(40_000) + "\n");
    List<ReadRow> rows = ListReaderTest.readAll(p, importing());
    assertTrue(rows.get(1).isRejected());
    assertTrue(
        rows.get(1).reject().reason().contains("40,000 characters"), rows.get(1).reject().reason());
  }

  @Test
  void aLineLongerThan16MiBIsRefusedNamingIt() throws IOException {
    Path p = dir.resolve("endless.csv");
    byte[] big = new byte[LineBytes.MAX_LINE + 10];
    java.util.Arrays.fill(big, (byte) 'x');
    Files.write(p, ("id,name\n1,Test Person A\n").getBytes(StandardCharsets.UTF_8));
    Files.write(p, big, java.nio.file.StandardOpenOption.APPEND);
    UserError e = assertThrows(UserError.class, () -> ListReaderTest.readAll(p, importing()));
    assertTrue(e.getMessage().contains("line 3 is longer than 16 MiB"), e.getMessage());
  }
}
