package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** `sijil import` with unknown headers: columns by content, unmapped ones listed (issue 15). */
class ImportColumnsTest {

  @TempDir Path dir;

  private static final String ROWS =
      "900000101,محمد أحمد خليل النجار,43,ok\n"
          + "900000102,فاطمة محمود حسن الشيخ,7,ok\n"
          + "900000103,يوسف سعيد عمر العطار,12,checked\n"
          + "900000104,مريم خالد ابراهيم حمدان,35,ok\n";

  @Test
  void unknownNameHeaderIsReadAndTheUnusedColumnIsListed() throws Exception {
    Path file = dir.resolve("odd.csv");
    Files.writeString(file, "id,اسم المتوفى,age,remark\n" + ROWS, StandardCharsets.UTF_8);
    Path db = dir.resolve("r.db");
    JsonNode s =
        Cli.ok("import", file, "--source", "s", "--release", "1", "--db", db, "--format", "json")
            .json();
    assertEquals(4, s.get("imported").asInt());
    JsonNode u = s.get("unmapped_columns");
    assertEquals(1, u.size(), u.toString());
    assertEquals("remark", u.get(0).get("header").asText());
    assertEquals(4, u.get(0).get("column").asInt());
    assertEquals("ok", u.get(0).get("samples").get(0).asText());
    String table = Cli.ok("import", file, "--source", "s", "--release", "2", "--db", db).out();
    assertTrue(table.contains("unmapped column"), table);
    assertTrue(table.contains("read as name_ar by its content"), table);
  }

  @Test
  void aFileWithoutNamesIsRefusedNamingIt() throws Exception {
    Path file = dir.resolve("nonames.csv");
    Files.writeString(
        file,
        "id,age,remark\n900000101,43,ok\n900000102,7,ok\n900000103,12,x\n",
        StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run("import", file, "--source", "s", "--release", "1", "--db", dir.resolve("n.db"));
    assertNotEquals(0, r.code());
    assertTrue(r.err().contains("nonames.csv") && r.err().contains("no name column"), r.err());
  }
}
