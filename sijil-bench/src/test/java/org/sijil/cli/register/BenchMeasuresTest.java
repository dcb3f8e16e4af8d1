package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.tools.SijilTools;

/**
 * What {@code bench import} and {@code bench log-cost} share, and both benchmarks run end to end on
 * a small synthetic list.
 */
class BenchMeasuresTest {

  @Test
  void theScratchFolderGoesWithEverythingInIt() throws Exception {
    Path dir;
    try (BenchMeasures.Scratch scratch = BenchMeasures.Scratch.create("sijil-bench-test")) {
      dir = scratch.dir();
      Files.writeString(Files.createDirectories(dir.resolve("a/b")).resolve("c.txt"), "x");
    }
    assertFalse(Files.exists(dir), dir.toString());
  }

  @Test
  void measuresPrintInOrderAsJsonOrAsATable() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", 3);
    m.put("seconds", 0.5);
    JsonNode json = Printer.json().readTree(printed(m, OutputFormat.JSON));
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("rows", "seconds"), names);
    assertEquals(3, json.get("rows").asInt());
    String csv = printed(m, OutputFormat.CSV);
    assertTrue(csv.startsWith("measure,value"), csv);
    assertTrue(csv.indexOf("rows,3") < csv.indexOf("seconds,0.5"), csv);
  }

  @Test
  void theMachinesFiguresAreThere() {
    assertTrue(BenchMeasures.peakHeapMb() >= 0);
    assertTrue(BenchMeasures.processCpuNanos() >= 0);
  }

  @Test
  void benchImportImportsEverySyntheticRow() {
    String out = tools("bench", "import", "--rows", "200", "--format", "csv");
    assertTrue(out.contains("rows,200"), out);
    assertTrue(out.contains("load_average_after,"), out);
  }

  @Test
  void benchLogCostMeasuresTheLogOfEverySyntheticRow() {
    String out = tools("bench", "log-cost", "--rows", "200", "--entries", "20", "--format", "csv");
    assertTrue(out.contains("rows,200"), out);
    assertTrue(out.contains("bulk_append_seconds,"), out);
  }

  private static String printed(Map<String, Object> m, OutputFormat format) {
    StringWriter out = new StringWriter();
    BenchMeasures.print(m, format, new PrintWriter(out, true));
    return out.toString();
  }

  private static String tools(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SijilTools.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    return out.toString();
  }
}
