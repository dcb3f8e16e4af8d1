package org.sijil.cli.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sijil.cli.Cli;

/**
 * The development linkage figure of docs/real-data.md ("Linkage"): MoH list 01 against list 03 with
 * the default spec, truth = complete 9-digit IDs. Skipped when ../shared/data is absent.
 */
class RealDataLinkageTest {

  static final double MIN_F1 = 0.995;

  @Test
  void mohListsLinkWithF1AtLeast0995() {
    Path moh =
        Path.of(System.getProperty("sijil.root", "."), "..", "shared", "data", "moh").normalize();
    Assumptions.assumeTrue(Files.isDirectory(moh), "real data not present at " + moh);
    JsonNode r =
        Cli.ok(
                "evaluate",
                moh.resolve("moh-list-01-2024-01-05.csv"),
                moh.resolve("moh-list-03-2024-04-30.csv"),
                "--truth",
                "id",
                "--truth-pattern",
                "\\d{9}",
                "--one-to-one",
                "--format",
                "json")
            .json();
    Map<String, Double> m = new HashMap<>();
    r.forEach(row -> m.put(row.get("metric").asText(), row.get("value").asDouble()));
    assertTrue(m.get("f1") >= MIN_F1, "F1 " + m);
    // 13,343 true links, 19 false, 92 missed when measured: the ID-bearing pairs number 13,435.
    assertEquals(13_435, m.get("true_positives") + m.get("false_negatives"), 0, m.toString());
    assertTrue(m.get("precision") >= 0.998 && m.get("recall") >= 0.993, m.toString());
  }
}
