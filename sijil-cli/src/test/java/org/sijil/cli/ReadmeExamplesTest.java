package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's command examples name input files that exist (issue 16: examples named files that
 * did not). Files under {@code ../shared/} count only where that folder is present; files an option
 * writes ({@code --chart}, {@code --out}, …) are not inputs.
 */
class ReadmeExamplesTest {

  static final Path ROOT = Path.of("..");
  static final Set<String> OUTPUT_OPTIONS = Set.of("--chart", "--out", "--output", "--db");
  static final String DATA_FILE = ".*\\.(csv|tsv|xlsx|json)";

  @Test
  void everyInputFileOfAnExampleExists() throws Exception {
    List<String> missing = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      if (!inCode || !line.startsWith("sijil ")) {
        continue;
      }
      String[] words = line.split("\\s+");
      for (int i = 1; i < words.length; i++) {
        String w = words[i];
        if (!w.matches(DATA_FILE) || OUTPUT_OPTIONS.contains(words[i - 1])) {
          continue;
        }
        if (w.startsWith("../shared/") && !Files.isDirectory(ROOT.resolve("../shared"))) {
          continue;
        }
        if (!Files.isRegularFile(ROOT.resolve(w))) {
          missing.add(w + " (in: " + line + ")");
        }
      }
    }
    assertTrue(missing.isEmpty(), "README examples name missing files: " + missing);
  }
}
