package org.sijil.cli.register;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.export.ExportRelease;
import org.sijil.cli.DbOption;
import org.sijil.cli.Printer;
import org.sijil.core.UserError;
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
    description = {
      "Write a release's records in canonical columns (id, name_ar, name_en, age, dob, sex,"
          + " source, dod, place) as CSV (UTF-8; 'sijil import' reads it back), JSON or Parquet.",
      "Every export is stamped with the register snapshot it comes from (integrity log size and"
          + " latest published snapshot), said on standard error; when --out names a folder the"
          + " file is named sijil-SOURCE-RELEASE-STAMP.FORMAT there.",
    })
public final class ExportCommand implements Callable<Integer> {

  /** The export formats. */
  public enum Format {
    csv,
    json,
    parquet
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin ReleaseOption source;

  @Parameters(index = "0", paramLabel = "RELEASE", description = "The release label.")
  String label;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description =
          "Write to FILE (or into the folder FILE, named with the snapshot stamp) instead of"
              + " standard output; needed for Parquet.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv, json or parquet (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--bom",
      description =
          "Start the CSV with a UTF-8 byte order mark, so spreadsheets (Excel) show Arabic"
              + " correctly.")
  boolean bom;

  @Option(
      names = "--dictionary",
      paramLabel = "FILE",
      description =
          "Also write the data dictionary (column, type, meaning in English and Arabic) as CSV to FILE.")
  Path dictionary;

  @Override
  public Integer call() throws IOException {
    try (Register reg = Register.open(db.existing())) {
      Release r = reg.releases().resolve(source.source(), label);
      ExportRelease export = new ExportRelease(reg);
      String stamp = export.stamp();
      Path target = out;
      if (target != null && Files.isDirectory(target)) {
        target = target.resolve(export.fileName(r, format.name()));
      }
      if (target == null) {
        if (format == Format.parquet) {
          throw new UserError("Parquet is a binary file: give it a name with --out FILE");
        }
        PrintWriter w = spec.commandLine().getOut();
        write(export, r, w);
        w.flush();
      } else {
        checkFolder(target);
        if (format == Format.parquet) {
          export.parquet(r, target);
        } else {
          try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(export, r, w);
          } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), e);
          }
        }
      }
      if (dictionary != null) {
        checkFolder(dictionary);
        try (Writer w = Files.newBufferedWriter(dictionary, StandardCharsets.UTF_8)) {
          ExportRelease.dictionary(w, bom);
        }
      }
      spec.commandLine()
          .getErr()
          .println(
              "exported "
                  + r.source()
                  + " release "
                  + r.label()
                  + " ("
                  + r.rowsImported()
                  + " records) from register snapshot "
                  + stamp
                  + (target == null ? "" : " to " + target));
    }
    return 0;
  }

  private void write(ExportRelease export, Release r, Writer w) {
    if (format == Format.json) {
      export.json(r, w, Printer.json());
    } else {
      export.csv(r, w, bom);
    }
  }

  private static void checkFolder(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UserError("cannot write " + file + ": folder " + folder + " does not exist");
    }
  }
}
