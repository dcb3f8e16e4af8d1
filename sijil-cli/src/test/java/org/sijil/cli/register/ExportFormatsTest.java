package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * {@code export} as CSV with BOM, JSON and Parquet, stamped, with a dictionary; {@code rejects}
 * with none.
 */
class ExportFormatsTest {

  @TempDir Path dir;

  private Path db() throws Exception {
    Path f = dir.resolve("l.csv");
    Files.writeString(
        f, "id,name,age\n1,اسم تجريبي أول,30\n2,اسم تجريبي ثان,-1\n", StandardCharsets.UTF_8);
    Path db = dir.resolve("e.db");
    Cli.ok("import", f, "--source", "list", "--release", "r1", "--db", db);
    return db;
  }

  @Test
  void csvWithBomJsonParquetAndTheDictionary() throws Exception {
    Path db = db();
    Path csv = dir.resolve("out.csv");
    Path dict = dir.resolve("dict.csv");
    var run = Cli.ok("export", "r1", "--db", db, "-o", csv, "--bom", "--dictionary", dict);
    byte[] b = Files.readAllBytes(csv);
    assertEquals((byte) 0xEF, b[0]);
    assertTrue(run.err().contains("from register snapshot log-"), run.err());
    String d = Files.readString(dict, StandardCharsets.UTF_8);
    assertTrue(d.startsWith("\uFEFFcolumn,type,meaning_en,meaning_ar"), d);
    assertTrue(d.contains("name_ar,text,"), d);
    JsonNode json = Cli.ok("export", "r1", "--db", db, "--format", "json").json();
    assertEquals(2, json.size());
    assertEquals("اسم تجريبي أول", json.get(0).get("name_ar").asText());
    assertTrue(json.get(1).get("age").isNull(), "the -1 marker is an unknown age");
    Path folder = Files.createDirectory(dir.resolve("exports"));
    Cli.ok("export", "r1", "--db", db, "--format", "parquet", "-o", folder);
    Path pq;
    try (var files = Files.list(folder)) {
      pq = files.findFirst().orElseThrow();
    }
    assertTrue(
        pq.getFileName().toString().matches("sijil-list-r1-log-\\d+-snapshot-\\w+\\.parquet"),
        pq.toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), min(name_ar) FROM read_parquet('"
                    + pq.toString().replace("'", "''")
                    + "')")) {
      r.next();
      assertEquals(2, r.getLong(1));
      assertEquals("اسم تجريبي أول", r.getString(2));
    }
    var noFile = Cli.run("export", "r1", "--db", db, "--format", "parquet");
    assertTrue(noFile.code() != 0 && noFile.err().contains("--out"), noFile.err());
  }

  @Test
  void rejectsWithNoneSaysSoInsteadOfAnEmptyTable() throws Exception {
    Path db = db();
    String out = Cli.ok("rejects", "r1", "--db", db).out();
    assertTrue(out.startsWith("No rows of list release r1 were rejected (2 records imported"), out);
    assertEquals(
        "[]", Cli.ok("rejects", "r1", "--db", db, "--format", "json").out().replaceAll("\\s", ""));
  }
}
