package org.sijil.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import picocli.CommandLine.Option;

/**
 * The options {@link SparkDedupe} and {@link SparkLink} share, as {@code sijil}'s jobs name them.
 */
final class JobOptions {

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Model spec (JSON); default: the built-in one.")
  Path spec;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A fitted model (JSON) instead of training.")
  Path model;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Write the fitted model (JSON) here.")
  Path saveModel;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      defaultValue = "0.5",
      description = "Match probability to link at (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--seed", paramLabel = "S", description = "Training seed (default: the spec's).")
  Long seed;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "F",
      description = "Fields never used for matching.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--multi-line",
      description =
          "CSV cells may hold line breaks (quoted): reads the file as one split, more slowly.")
  boolean multiLine;

  /** Runs a command's line as {@code spark-submit} hands it over; a failure ends the JVM's run. */
  static void main(Object command, String[] args) {
    int code =
        new picocli.CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The threshold, checked. */
  double threshold() {
    if (!(threshold > 0 && threshold < 1)) {
      throw new UserError("--threshold must be between 0 and 1 (exclusive), got " + threshold);
    }
    return threshold;
  }

  /** The spec in use: the file's or the built-in one, with the seed and exclusions applied. */
  LinkageSpec spec() throws IOException {
    LinkageSpec s =
        spec == null
            ? DefaultSpecs.casualtyLists()
            : LinkageJson.readSpec(Files.readString(spec), spec.toString());
    if (seed != null) {
      s = s.withTraining(s.training().withSeed(seed));
    }
    if (!exclude.isEmpty()) {
      s = s.without(new java.util.LinkedHashSet<>(exclude));
    }
    return s;
  }

  /** The fitted model given, or null to train one. */
  LinkageModel model() throws IOException {
    return model == null ? null : LinkageJson.readModel(Files.readString(model), model.toString());
  }

  /** Writes the model when {@code --save-model} asks for it. */
  void save(LinkageModel fitted) throws IOException {
    if (saveModel != null) {
      Files.writeString(saveModel, LinkageJson.write(fitted));
    }
  }
}
