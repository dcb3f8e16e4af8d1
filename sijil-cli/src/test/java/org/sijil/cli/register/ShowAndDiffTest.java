package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

class ShowAndDiffTest {

  @TempDir Path dir;

  static final String A =
      String.join(
          "\n",
          "id,name,en_name,age,dob,sex",
          "1,محمد أحمد خليل النجار,Muhammad Ahmed,43,1980-01-01,m",
          "2,فاطمة محمود حسن الأسطل,Fatima Mahmoud,0,,f",
          "3,أحمد عبدالرحمن أحمد شهاب,Ahmed Shehab,30,,m",
          "4,سامي يوسف عودة,Sami Odeh,70,,m",
          "5,محمد وسام صالح العالول,Muhammad Wissam,4,,m",
          "6,ليلى خليل سليم المصري,Layla Khalil,,,f",
          "7,هدى ناصر رائد البطش,Huda Naser,12,,f",
          "");
  static final String B =
      String.join(
          "\n",
          "id,name,en_name,age,dob,sex",
          "1,محمد أحمد خليل النجار,Muhammad Ahmed,43,1981-01-01,m",
          "2,فاطمة محمود حسن الأسطل,Fatima Mahmoud,7 months,,f",
          "3,أحمد عبد الرحمن أحمد شهاب,Ahmed Shehab,30,,m",
          "5,كنز وسام صالح العالول,Knaz Wissam,4,,f",
          "6,ليلى خليل سليم المصري,Layla Khalil,,,f",
          "7,هدى ناصر رائد البطش,Huda Naser,12,,f",
          "7,سلمى ناصر رائد البطش,Salma Naser,9,,f",
          "8,عمر جمال وليد حمدان,Omar Jamal,66,,m",
          "");

  Path importBoth() throws Exception {
    Path db = dir.resolve("r.db");
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, A, StandardCharsets.UTF_8);
    Files.writeString(b, B, StandardCharsets.UTF_8);
    Cli.ok("import", a, "--source", "moh", "--release", "one", "--db", db);
    Cli.ok("import", b, "--source", "moh", "--release", "two", "--db", db);
    return db;
  }

  @Test
  void showGivesTheDemographicTable() throws Exception {
    Path db = importBoth();
    JsonNode j = Cli.ok("show", "one", "--db", db, "--format", "json").json();
    assertEquals(7, j.get("total").asLong());
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    j.get("groups").forEach(g -> counts.put(g.get("group").asText(), g.get("count").asLong()));
    assertEquals(2, counts.get("men"));
    assertEquals(1, counts.get("boys"));
    assertEquals(2, counts.get("girls"));
    assertEquals(1, counts.get("senior_men"));
    assertEquals(1, counts.get("no_age_female"));
    assertEquals(0, counts.get("women"));
    String text = Cli.ok("show", "one", "--db", db).out();
    assertTrue(text.contains("girls (<18)") && text.contains("28.6"), text);
  }

  @Test
  void diffIsSemantic() throws Exception {
    Path db = importBoth();
    JsonNode d = Cli.ok("diff", "moh", "one", "two", "--db", db, "--format", "json").json();
    JsonNode s = d.get("summary");
    assertEquals(1, s.get("added").asInt(), d.toString());
    assertEquals(1, s.get("removed").asInt());
    assertEquals(1, s.get("changed").asInt());
    assertEquals(2, s.get("reformatted").asInt());
    assertEquals(1, s.get("key_reused").asInt());
    assertEquals(1, s.get("duplicate_keys").asInt());
    assertEquals(1, s.get("unchanged").asInt());
    assertEquals("8", d.get("added").get(0).get("key").asText());
    assertEquals("4", d.get("removed").get(0).get("key").asText());
    JsonNode changed = d.get("changed").get(0);
    assertEquals("1", changed.get("key").asText());
    assertEquals("dob", changed.get("fields").get(0).get("field").asText());
    assertEquals("1980-01-01", changed.get("fields").get(0).get("before").asText());
    assertEquals("1981-01-01", changed.get("fields").get(0).get("after").asText());
    JsonNode reused = d.get("key_reused").get(0);
    assertEquals("5", reused.get("key").asText());
    assertEquals("محمد وسام صالح العالول", reused.get("before").get("name_ar").asText());
    assertEquals("كنز وسام صالح العالول", reused.get("after").get("name_ar").asText());
    assertEquals("two", d.get("duplicate_keys").get(0).get("release").asText());
    String text = Cli.ok("diff", "moh", "one", "two", "--db", db).out();
    assertTrue(text.contains("key_reused") && text.contains("reformatted"), text);
    String csv = Cli.ok("diff", "moh", "one", "two", "--db", db, "--format", "csv").out();
    assertTrue(csv.startsWith("kind,key,row_before,row_after,field,before,after"), csv);
    assertTrue(csv.contains("reformatted,2,2,2,age,0,7 months"), csv);
    Cli.Run badKey = Cli.run("diff", "moh", "one", "two", "--db", db, "--key", "nope");
    assertEquals(1, badKey.code());
  }
}
