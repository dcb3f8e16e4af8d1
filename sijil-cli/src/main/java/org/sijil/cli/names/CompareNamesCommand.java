package org.sijil.cli.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.sijil.core.UserError;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.NameComparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil compare-names FILE}: one name similarity per input line. */
@Command(
    name = "compare-names",
    mixinStandardHelpOptions = true,
    description = {
      "Read lines 'left<TAB>right' (each name Arabic or Latin) and print one similarity in [0,1]",
      "per line, in order. Name evidence only. FILE '-' reads standard input."
    })
public final class CompareNamesCommand implements Runnable {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "UTF-8 text file of tab-separated pairs.")
  String file;

  @Option(names = "--levels", description = "Also print the discrete level after a tab.")
  boolean levels;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    NameComparator comparator = NameComparator.standard();
    try (BufferedReader in = open()) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new UserError(
              file
                  + ": line "
                  + number
                  + ": expected 'left<TAB>right', found no tab in '"
                  + abbreviate(line)
                  + "'");
        }
        ComparableName a = ComparableName.any(line.substring(0, tab));
        ComparableName b = ComparableName.any(line.substring(tab + 1));
        String score = String.format(Locale.ROOT, "%.4f", comparator.compare(a, b));
        out.println(
            levels ? score + "\t" + comparator.level(a, b).name().toLowerCase(Locale.ROOT) : score);
      }
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
    out.flush();
  }

  private BufferedReader open() throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
