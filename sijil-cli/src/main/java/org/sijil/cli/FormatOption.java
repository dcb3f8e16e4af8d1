package org.sijil.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option shared by every command that prints a result. */
public final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  public OutputFormat format() {
    return format;
  }
}
