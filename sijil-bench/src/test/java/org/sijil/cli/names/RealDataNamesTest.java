package org.sijil.cli.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The name engine on the two real releases; skipped when ../shared/data is absent. */
class RealDataNamesTest {

  @Test
  void sameIdPairsMatchAndRelativesStayApart() {
    Path moh = Path.of(System.getProperty("sijil.root", "."), "..", "shared", "data", "moh");
    Assumptions.assumeTrue(Files.isDirectory(moh), "no real data at " + moh);
    Map<String, Object> result =
        NameEvaluation.run(
            NameEvaluation.read(moh.resolve("moh-list-01-2024-01-05.csv")),
            NameEvaluation.read(moh.resolve("moh-list-03-2024-04-30.csv")));
    String high = (String) result.get("Arabic score >= 0.92: same person / relatives");
    String[] parts = high.split(" / ");
    double same = Double.parseDouble(parts[0]);
    double relatives = Double.parseDouble(parts[1]);
    assertTrue(same >= 0.99, "same-person pairs at HIGH or better: " + same);
    assertTrue(relatives <= 0.01, "relatives at HIGH or better: " + relatives);
  }
}
