package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.record.Age;
import org.sijil.core.record.RowWarning;

/** The markers lists write for an unknown age are read as unknown, with no warning. */
class UnknownAgeTest {

  @TempDir Path dir;

  @Test
  void unknownAgeMarkersAreAbsentAgesWithoutWarnings() throws IOException {
    Path p = dir.resolve("ages.csv");
    Files.writeString(
        p,
        "id,name,age\n"
            + "1,Test Person A,-1\n"
            + "2,Test Person B,\n"
            + "3,Test Person C,غير معروف\n"
            + "4,Test Person D, غير  معروفة \n"
            + "5,Test Person E,34\n"
            + "6,Test Person F,-7\n",
        StandardCharsets.UTF_8);
    List<ReadRow> rows = ListReaderTest.readAll(p, ListReaderTest.opts());
    for (int i = 0; i < 4; i++) {
      assertNull(rows.get(i).record().age(), "row " + (i + 1) + " has an unknown age");
      assertEquals(List.of(), rows.get(i).warnings(), "no warning on row " + (i + 1));
    }
    assertEquals(Age.ofYears(34), rows.get(4).record().age());
    assertEquals(
        List.of("unparsed_age"),
        rows.get(5).warnings().stream().map(RowWarning::kind).toList(),
        "a negative age other than the -1 marker is still reported");
    assertEquals("-1", rows.get(0).record().raw().get("age"), "the cell is kept as written");
  }
}
