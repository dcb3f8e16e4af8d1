package org.sijil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;
import picocli.CommandLine;

/** The spark-submit commands' arguments, read without starting Spark. */
class SparkCommandsTest {

  @Test
  void linkTakesTwoListsAndTheSharedOptions() throws Exception {
    SparkLink link = new SparkLink();
    new CommandLine(link)
        .parseArgs(
            "a.csv",
            "b.parquet",
            "--out",
            "links",
            "--one-to-one",
            "--threshold",
            "0.8",
            "--seed",
            "7",
            "--exclude",
            "place,dod");
    assertEquals(List.of("a.csv", "b.parquet"), link.inputs);
    assertTrue(link.oneToOne);
    assertEquals(0.8, link.options.threshold());
    assertEquals(7L, link.options.spec().training().seed());
    assertTrue(
        link.options.spec().comparisons().stream().noneMatch(c -> c.field().equals("place")));
  }

  @Test
  void linkRefusesOneListAndABadThreshold() {
    assertThrows(
        CommandLine.ParameterException.class,
        () -> new CommandLine(new SparkLink()).parseArgs("a.csv", "--out", "x"));
    SparkDedupe dedupe = new SparkDedupe();
    new CommandLine(dedupe).parseArgs("a.csv", "--out", "x", "--threshold", "1");
    UserError e = assertThrows(UserError.class, dedupe.options::threshold);
    assertTrue(e.getMessage().contains("--threshold"), e.getMessage());
  }
}
