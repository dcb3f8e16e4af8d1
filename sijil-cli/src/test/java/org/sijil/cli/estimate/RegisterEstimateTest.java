package org.sijil.cli.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;
import org.sijil.cli.SijilMain;

/**
 * Register mode end to end: synthetic lists (with their true number of persons) are imported as one
 * source each, linked, and estimated from the register.
 */
class RegisterEstimateTest {

  static final List<String> LISTS = List.of("hospital", "family-report", "obituaries");

  @TempDir Path dir;

  static Run ok(Object... args) {
    Run r = run(args);
    assertEquals(
        0,
        r.code(),
        () ->
            String.join(" ", List.of(args).stream().map(Object::toString).toList())
                + ": "
                + r.err()
                + r.out());
    return r;
  }

  static void userError(Run r, String... fragments) {
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code(), r.err() + r.out());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
    }
  }

  Path listFile(String list) {
    return dir.resolve("lists-" + list + ".csv");
  }

  /** Distinct true persons over the synthetic list files (the generator's ground truth column). */
  long truePersonsListed() throws IOException {
    Set<String> persons = new HashSet<>();
    for (String list : LISTS) {
      try (Reader r = Files.newBufferedReader(listFile(list), StandardCharsets.UTF_8)) {
        for (CSVRecord row :
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
          persons.add(row.get("true_person"));
        }
      }
    }
    return persons.size();
  }

  @Test
  void estimatesFromLinkedPersonsOfImportedSources() throws IOException {
    Path db = dir.resolve("register.db");
    Run synth =
        ok(
            "synth",
            "--records",
            "3000",
            "--lists",
            "3",
            "--seed",
            "11",
            "--split",
            "--out",
            dir.resolve("lists.csv"));
    Matcher m = Pattern.compile("([\\d,]+) persons behind them").matcher(synth.out());
    assertTrue(m.find(), synth.out());
    long truth = Long.parseLong(m.group(1).replace(",", ""));
    long trueListed = truePersonsListed();

    userError(run("estimate", "--db", db, "--lists", "hospital,family-report"), "does not exist");
    ok("import", listFile("hospital"), "--source", "hospital", "--release", "r1", "--db", db);
    ok(
        "import",
        listFile("family-report"),
        "--source",
        "family-report",
        "--release",
        "r1",
        "--db",
        db);
    userError(
        run("estimate", "--db", db, "--lists", "hospital,family-report"),
        "no persons yet",
        "sijil link --db " + db);

    ok("link", "--db", db);
    ok("import", listFile("obituaries"), "--source", "obituaries", "--release", "r1", "--db", db);
    userError(
        run("estimate", "--db", db, "--lists", String.join(",", LISTS)),
        "not linked to persons yet",
        "obituaries",
        "sijil link --db " + db);
    // The lists already linked can be estimated meanwhile: two lists, Lincoln-Petersen/Chapman.
    Run two = ok("estimate", "--db", db, "--lists", "hospital,family-report", "--format", "json");
    assertEquals(2, two.json().get("lists").size());

    ok("link", "--db", db);
    Run r = ok("estimate", "--db", db, "--lists", String.join(",", LISTS), "--format", "json");
    JsonNode json = r.json();
    assertTrue(
        r.err().contains("persons from 3,000 records of hospital, family-report, obituaries"),
        r.err());
    double listed = json.get("listed").asDouble();
    JsonNode total = json.get("total");
    double estimate = total.get("estimate").asDouble();
    double lower = total.get("lower").asDouble();
    double upper = total.get("upper").asDouble();
    String figures =
        "truth "
            + truth
            + ", true listed "
            + trueListed
            + ", linked listed "
            + listed
            + ", total "
            + estimate
            + " ("
            + lower
            + " - "
            + upper
            + ")";
    // Linkage merges or splits a few persons: the listed count is close to the truth, not equal.
    assertTrue(Math.abs(listed - trueListed) <= 0.1 * trueListed, figures);
    assertTrue(listed <= lower && lower <= estimate && estimate <= upper, figures);
    assertTrue(upper < 2 * listed, "a sensible interval, not an explosion: " + figures);
    // Capture depends on where a person died, and linkage is imperfect, so the interval need not
    // cover the truth exactly; it must come within 15% of it and the estimate within 25%.
    assertTrue(lower <= 1.15 * truth && upper >= 0.85 * truth, figures);
    assertTrue(Math.abs(estimate - truth) <= 0.25 * truth, figures);
    long onPatterns = 0;
    for (JsonNode cell : json.get("overlap")) {
      onPatterns += cell.get("count").asLong();
    }
    assertEquals((long) listed, onPatterns);

    Run strata =
        ok(
            "estimate",
            "--db",
            db,
            "--lists",
            String.join(",", LISTS),
            "--strata",
            "age,sex",
            "--age-bands",
            "0,18,60",
            "--format",
            "json");
    JsonNode s = strata.json();
    assertEquals(6, s.get("strata").size(), s.get("strata").toString());
    assertEquals(
        listed,
        s.get("listed").asDouble() + s.get("dropped").asDouble(),
        0.0,
        "dropped people are counted");
    ok(
        "estimate",
        "--db",
        db,
        "--lists",
        String.join(",", LISTS),
        "--strata",
        "death_month",
        "--covariates",
        "place",
        "--format",
        "json");
  }

  @Test
  void namesUnknownSourcesAndVariables() throws IOException {
    Path db = dir.resolve("small.db");
    ok(
        "synth",
        "--records",
        "400",
        "--lists",
        "3",
        "--seed",
        "4",
        "--split",
        "--out",
        dir.resolve("lists.csv"));
    for (String list : LISTS) {
      ok("import", listFile(list), "--source", list, "--release", "r1", "--db", db);
    }
    ok("link", "--db", db);
    userError(
        run("estimate", "--db", db, "--lists", "hospital,civil-defence"),
        "no source civil-defence",
        "its sources are: family-report, hospital, obituaries");
    userError(
        run("estimate", "--db", db, "--lists", "hospital,obituaries", "--strata", "gender"),
        "no variable 'gender'",
        "age, sex, place, death_month");
  }
}
