package org.sijil.cli.register;

import picocli.CommandLine.Option;

/**
 * {@code --source NAME}: which source a release label belongs to, when labels repeat across
 * sources.
 */
public final class ReleaseOption {

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "The source the release belongs to (needed only when several sources use the label).")
  String source;

  public String source() {
    return source;
  }
}
