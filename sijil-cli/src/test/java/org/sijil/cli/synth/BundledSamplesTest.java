package org.sijil.cli.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.SijilMain;

/** The sample lists under samples/ are exactly what the command in samples/README.md produces. */
class BundledSamplesTest {

  @TempDir Path dir;

  @Test
  void samplesAreReproducedByTheDocumentedCommand() throws IOException {
    Path samples = Path.of(System.getProperty("sijil.root", ".")).resolve("samples");
    String readme = Files.readString(samples.resolve("README.md"));
    String command =
        "synth --records 4000 --lists 3 --seed 2024 --split --out samples/synthetic.csv";
    assertEquals(true, readme.contains(command), "samples/README.md documents: " + command);
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            ("synth --records 4000 --lists 3 --seed 2024 --split --out "
                    + dir.resolve("synthetic.csv"))
                .split(" "),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    for (String list : List.of("hospital", "family-report", "obituaries")) {
      String name = "synthetic-" + list + ".csv";
      assertEquals(
          Files.readString(samples.resolve(name)),
          Files.readString(dir.resolve(name)),
          name + " is stale: regenerate it with the command in samples/README.md");
    }
  }
}
