package org.sijil.cli.linkage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijil.cli.ReadFileOptions;
import org.sijil.core.UserError;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the linkage commands that run a job on files. */
public final class JobOptions {

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "F",
      description =
          "Fields never used for matching (comparisons and blocking rules on them are dropped).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--threshold",
      paramLabel = "P",
      defaultValue = "0.5",
      description =
          "Match probability at or above which records are linked (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description =
          "Model spec (JSON). Default: the built-in casualty-list spec on canonical fields.")
  Path spec;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Use this fitted model (JSON) instead of training on the input.")
  Path model;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Write the fitted model (JSON) here.")
  Path saveModel;

  @Option(names = "--seed", paramLabel = "S", description = "Training seed (default: the spec's).")
  Long seed;

  @Option(
      names = "--max-pairs",
      paramLabel = "N",
      defaultValue = "200000000",
      description =
          "Stop before scoring when one blocking rule yields more candidate pairs (default: ${DEFAULT-VALUE}).")
  long maxPairs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Mixin ReadFileOptions read;

  /** How the input files are read: the reader 'sijil import' uses, with the same options. */
  org.sijil.ingest.ReadOptions readOptions() {
    return read.readOptions();
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
  }

  void validate() {
    if (!(threshold > 0 && threshold < 1)) {
      throw new UserError("--threshold must be between 0 and 1 (exclusive), got " + threshold);
    }
  }

  LinkageSpec spec(Set<String> alsoExclude) {
    LinkageSpec s =
        spec == null
            ? DefaultSpecs.casualtyLists()
            : LinkageJson.readSpec(read(spec), spec.toString());
    if (seed != null) {
      s = s.withTraining(s.training().withSeed(seed));
    }
    Set<String> ex = new LinkedHashSet<>(exclude);
    ex.addAll(alsoExclude);
    return ex.isEmpty() ? s : s.without(ex);
  }

  LinkageModel loadModel() {
    return model == null ? null : LinkageJson.readModel(read(model), model.toString());
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserError("no such file: " + p);
    } catch (java.io.IOException e) {
      throw new UserError("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  static void write(Path p, String text) {
    try {
      Files.writeString(p, text);
    } catch (java.io.IOException e) {
      throw new UserError("cannot write " + p + ": " + e.getMessage(), e);
    }
  }
}
