package org.sijil.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.sijil.core.UserError;
import org.sijil.ingest.FileFormat;
import org.sijil.ingest.Mapping;
import org.sijil.ingest.ReadOptions;
import picocli.CommandLine.Option;

/**
 * How a list file is read ({@code --mapping}, {@code --sheet}, {@code --encoding}, {@code
 * --file-format}), shared by {@code sijil import} and the linkage commands that read files, so that
 * a file is read the same way by both.
 */
public final class ReadFileOptions {

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "Header-to-field mapping file: one 'header = field' per line ('-' leaves a column"
              + " unmapped), or a JSON object {\"header\": \"field\"}.")
  Path mapping;

  @Option(
      names = "--sheet",
      paramLabel = "N",
      defaultValue = "1",
      description = "XLSX sheet, 1-based (default: 1).")
  int sheet;

  @Option(
      names = "--encoding",
      paramLabel = "E",
      description = "Text encoding, overriding detection (e.g. windows-1256).")
  String encoding;

  @Option(
      names = "--file-format",
      paramLabel = "F",
      description = "csv, xlsx or json, overriding detection by name.")
  String fileFormat;

  /**
   * The reader's options; a sheet below 1 or an encoding the JVM does not know is the user's error,
   * named with the option, before any file is opened.
   */
  public ReadOptions readOptions() {
    if (sheet < 1) {
      throw new UserError("--sheet is 1-based; got " + sheet);
    }
    ReadOptions options = ReadOptions.defaults().withSheet(sheet);
    if (encoding != null) {
      options = options.withEncoding(charset(encoding));
    }
    if (fileFormat != null) {
      options = options.withFormat(FileFormat.byKey(fileFormat));
    }
    if (mapping != null) {
      options = options.withMapping(Mapping.load(mapping));
    }
    return options;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UserError("unknown encoding '" + name + "'; try UTF-8, UTF-16 or windows-1256");
    }
  }
}
