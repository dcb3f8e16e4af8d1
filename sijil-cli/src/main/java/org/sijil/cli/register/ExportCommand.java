package org.sijil.cli.register;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.core.UserError;
import org.sijil.ingest.CanonicalCsv;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write a release's records as CSV in canonical columns (id, name_ar, name_en, age, dob,"
            + " sex, source, dod, place), UTF-8. 'sijil import' reads such a file back into the same records.")
public final class ExportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ReleaseOption source;

  @Parameters(index = "0", paramLabel = "RELEASE", description = "The release label.")
  String label;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    try (Register reg = Register.open(db.existing())) {
      Release r = reg.releases().resolve(source.source(), label);
      if (out == null) {
        PrintWriter w = spec.commandLine().getOut();
        write(reg, r, w);
        w.flush();
      } else {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
          throw new UserError("cannot write " + out + ": folder " + folder + " does not exist");
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          write(reg, r, w);
        } catch (IOException e) {
          throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
        }
      }
    }
    return 0;
  }

  private static void write(Register reg, Release r, Writer w) {
    CanonicalCsv csv = new CanonicalCsv(w);
    reg.records().forEach(r.id(), csv::write);
    csv.close();
  }
}
