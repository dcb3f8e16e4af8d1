package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * Imports both real MoH releases and diffs them (figures in docs/real-data.md, "Import and diff").
 * Skipped when ../shared/data is absent.
 */
class RealDataImportTest {

  @TempDir Path dir;

  static Path moh() {
    return Path.of(System.getProperty("sijil.root", "."), "..", "shared", "data", "moh")
        .normalize();
  }

  @Test
  void importsAndDiffsTheTwoMohReleases() {
    Path moh = moh();
    Assumptions.assumeTrue(Files.isDirectory(moh), "real data not present at " + moh);
    Path db = dir.resolve("moh.db");
    JsonNode one =
        Cli.ok(
                "import",
                moh.resolve("moh-list-01-2024-01-05.csv"),
                "--source",
                "moh",
                "--release",
                "2024-01-05",
                "--as-of",
                "2024-01-05",
                "--db",
                db,
                "--format",
                "json")
            .json();
    JsonNode three =
        Cli.ok(
                "import",
                moh.resolve("moh-list-03-2024-04-30.csv"),
                "--source",
                "moh",
                "--release",
                "2024-04-30",
                "--as-of",
                "2024-04-30",
                "--db",
                db,
                "--format",
                "json")
            .json();
    assertEquals(14_140, one.get("read").asLong());
    assertEquals(14_140, one.get("imported").asLong());
    assertEquals(24_672, three.get("read").asLong());
    assertEquals(24_672, three.get("imported").asLong());
    assertEquals(0, one.get("rejected").asLong() + three.get("rejected").asLong());

    JsonNode show = Cli.ok("show", "2024-04-30", "--db", db, "--format", "json").json();
    assertEquals(24_672, show.get("total").asLong());

    JsonNode d =
        Cli.ok("diff", "moh", "2024-01-05", "2024-04-30", "--db", db, "--format", "json").json();
    JsonNode s = d.get("summary");
    long compared =
        s.get("changed").asLong()
            + s.get("reformatted").asLong()
            + s.get("unchanged").asLong()
            + s.get("key_reused").asLong();
    assertEquals(14_140, compared + s.get("removed").asLong() + s.get("duplicate_keys").asLong());
    assertEquals(24_672, compared + s.get("added").asLong() + s.get("duplicate_keys").asLong());
    assertTrue(s.get("reformatted").asLong() > 0);

    // The figures of docs/real-data.md, "Import and diff": a change that moves one fails here.
    // The list's "-1" (unknown age: 997 rows of list 01, 425 of list 03) is read as unknown, not
    // warned (issue 16); what is left: four birth years in the age column and one birth date (row
    // 22,832: 2024-05-09) after the list's as-of date.
    assertEquals(0, one.get("warnings").asLong());
    assertEquals(5, three.get("warnings").asLong());
    assertEquals(4, three.get("warnings_by_kind").get("unparsed_age").asLong());
    assertEquals(1, three.get("warnings_by_kind").get("after_as_of").asLong());
    Map<String, Long> ages = new TreeMap<>();
    for (JsonNode w : Cli.ok("warnings", "2024-04-30", "--db", db, "--format", "json").json()) {
      if (w.get("kind").asText().equals("after_as_of")) {
        assertEquals("dob", w.get("field").asText());
        assertEquals(22_832, w.get("row").asLong());
        continue;
      }
      assertEquals("age", w.get("field").asText());
      ages.merge(w.get("value").asText(), 1L, Long::sum);
    }
    assertEquals(Map.of("1962", 1L, "1983", 1L, "1991", 1L, "1994", 1L), ages);
    assertEquals(
        Map.of(
            "men",
            4594L,
            "women",
            3147L,
            "boys",
            2545L,
            "girls",
            2247L,
            "senior_men",
            328L,
            "senior_women",
            282L,
            "no_age_male",
            565L,
            "no_age_female",
            432L,
            "no_sex_with_age",
            0L,
            "no_age_no_sex",
            0L),
        groups(Cli.ok("show", "2024-01-05", "--db", db, "--format", "json").json()));
    assertEquals(
        Map.of(
            "men",
            10424L,
            "women",
            5204L,
            "boys",
            4005L,
            "girls",
            3330L,
            "senior_men",
            757L,
            "senior_women",
            523L,
            "no_age_male",
            247L,
            "no_age_female",
            182L,
            "no_sex_with_age",
            0L,
            "no_age_no_sex",
            0L),
        groups(show));
    assertEquals(10_658, s.get("added").asLong());
    assertEquals(126, s.get("removed").asLong());
    // The four keys once flagged "reused" are one- or two-letter respellings with the same age: now
    // changes of the same person.
    assertEquals(5_033, s.get("changed").asLong());
    assertEquals(2_640, s.get("revised").asLong(), "changed only by every age +1");
    assertEquals(597, s.get("filled").asLong(), "changed only by an unknown age now known");
    assertEquals(1, d.get("revisions").size());
    assertEquals("age", d.get("revisions").get(0).get("field").asText());
    assertEquals(1, d.get("revisions").get(0).get("shift").asLong());
    assertEquals(3_030, d.get("revisions").get(0).get("records").asLong());
    assertEquals(207, s.get("reformatted").asLong());
    assertEquals(0, s.get("key_reused").asLong());
    assertEquals(0, s.get("duplicate_keys").asLong());
    assertEquals(8_774, s.get("unchanged").asLong());
    long generated = 0;
    for (JsonNode a : d.get("added")) {
      generated += a.get("key").asText().startsWith("missing") ? 1 : 0;
    }
    assertEquals(1_699, generated);
    Map<String, Long> byField = new TreeMap<>();
    for (JsonNode c : d.get("changed")) {
      for (JsonNode f : c.get("fields")) {
        byField.merge(f.get("field").asText(), 1L, Long::sum);
      }
    }
    assertEquals(Map.of("age", 3_706L, "name_ar", 1_620L, "name_en", 1_289L), byField);
    JsonNode corrections = Cli.ok("corrections", "moh", "--db", db, "--format", "json").json();
    assertEquals(126, corrections.get("removed").size(), "the diff's removed keys");
    assertEquals(0, corrections.get("returned").size(), "two releases: nothing can return yet");
  }

  private static Map<String, Long> groups(JsonNode show) {
    Map<String, Long> m = new TreeMap<>();
    long sum = 0;
    for (JsonNode g : show.get("groups")) {
      m.put(g.get("group").asText(), g.get("count").asLong());
      sum += g.get("count").asLong();
    }
    assertEquals(show.get("total").asLong(), sum, "the groups add up to the total");
    return m;
  }
}
