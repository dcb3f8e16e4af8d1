package org.sijil.cli.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sijil.cli.Cli;

/**
 * The published study's replication file (Jamaluddine et al., Lancet 2025), when ../shared/data is
 * present: the overall table reproduces R exactly, and the stratified, imputed analysis lands near
 * the published 64,260 (55,298–78,525). Skips cleanly without the data.
 */
class GazaRealDataTest {

  static Path data() {
    Path file =
        Path.of(
            System.getProperty("sijil.root", "."),
            "..",
            "shared",
            "data",
            "mse",
            "gaza-three-lists-2024.csv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data not present: " + file);
    return file;
  }

  static JsonNode json(String... args) throws IOException {
    Cli.Run r = Cli.run((Object[]) args);
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void overallTableReproducesR() throws IOException {
    JsonNode j =
        json(
            "estimate",
            data().toString(),
            "--lists",
            "list1,list2,list3",
            "--interval",
            "wald",
            "--format",
            "json");
    assertEquals(29_271, j.get("listed").asInt());
    assertEquals(64_741, Math.round(j.get("total").get("estimate").asDouble()));
  }

  @Test
  void stratifiedImputedAnalysisIsNearThePublishedEstimate() throws IOException {
    JsonNode j =
        json(
            "estimate",
            data().toString(),
            "--lists",
            "list1,list2,list3",
            "--interval",
            "wald",
            "--strata",
            "age,gender",
            "--impute",
            "20",
            "--impute-with",
            "month_death,gov",
            "--format",
            "json");
    double total = j.get("total").get("estimate").asDouble();
    double lower = j.get("total").get("lower").asDouble();
    double upper = j.get("total").get("upper").asDouble();
    assertEquals(10, j.get("strata").size());
    assertEquals(0, j.get("dropped").asInt());
    assertTrue(Math.abs(total - 64_260) / 64_260 < 0.03, "total " + total);
    assertTrue(Math.abs(lower - 55_298) / 55_298 < 0.03, "lower " + lower);
    assertTrue(Math.abs(upper - 78_525) / 78_525 < 0.03, "upper " + upper);
  }
}
