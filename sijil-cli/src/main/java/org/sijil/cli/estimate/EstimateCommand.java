package org.sijil.cli.estimate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.estimate.RegisterMembership;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.core.UserError;
import org.sijil.core.estimate.AverageInterval;
import org.sijil.core.estimate.Criterion;
import org.sijil.core.estimate.Design;
import org.sijil.core.estimate.EstimateOptions;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.IntervalMethod;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.core.estimate.MultipleSystemsEstimator;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil estimate}: multiple-systems estimation of the total from overlapping lists. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Estimates how many people no list caught (multiple-systems estimation): log-linear models of 2 to 6"
          + " overlapping lists, averaged by AIC, optionally by stratum.",
      "Input: a person-level CSV FILE with 0/1 --lists columns, or the register (--db) without FILE.",
      "",
      "Register mode (no FILE): --lists names sources (the --source given at import). Membership comes from"
          + " linked persons: a person is on a list if any of its records, in any release, came from that source;"
          + " run 'sijil link --db PATH' after importing. Person variables for --strata, --covariates and"
          + " --impute-with, taken from all of the person's records: age (median of the records' ages, in years),"
          + " sex, place and death_month (YYYY-MM of the date of death), each the value most records give (a tie"
          + " is missing).",
      ""
    })
public class EstimateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Person-level CSV file (one row per listed person).")
  Path file;

  @Mixin DbOption db;

  @Mixin FormatOption format;

  @Option(
      names = "--lists",
      required = true,
      split = ",",
      paramLabel = "LIST",
      description = "2 to 6 membership columns (file) or sources (register), comma-separated.")
  List<String> lists;

  @Option(
      names = "--strata",
      split = ",",
      paramLabel = "FIELD",
      description = "Fields to stratify by, e.g. age,gender.")
  List<String> strata = new ArrayList<>();

  @Option(
      names = "--covariates",
      split = ",",
      paramLabel = "FIELD",
      description = "Fields entered as list×covariate interactions within each stratum.")
  List<String> covariates = new ArrayList<>();

  @Option(
      names = "--age-field",
      defaultValue = "age",
      paramLabel = "FIELD",
      description = "The numeric age field, cut into --age-bands (default: ${DEFAULT-VALUE}).")
  String ageField;

  @Option(
      names = "--age-bands",
      split = ",",
      paramLabel = "AGE",
      defaultValue = "0,15,30,45,60",
      description =
          "Lower edges of the age bands (default: ${DEFAULT-VALUE} = 0-14, 15-29, 30-44, 45-59, 60+).")
  List<Double> ageBands;

  @Option(
      names = "--interval",
      defaultValue = "profile",
      paramLabel = "METHOD",
      description =
          "Per-model interval: wald (on log unlisted, as published) or profile (likelihood; default).")
  IntervalMethod interval;

  @Option(
      names = "--average-interval",
      defaultValue = "weighted",
      paramLabel = "METHOD",
      description =
          "Averaged interval: weighted (mean of model bounds, as published; default) or bootstrap.")
  AverageInterval averageInterval;

  @Option(
      names = "--criterion",
      defaultValue = "aic",
      paramLabel = "IC",
      description = "Averaging weights: aic (default) or bic.")
  Criterion criterion;

  @Option(
      names = "--plausibility",
      defaultValue = "5",
      paramLabel = "FACTOR",
      description =
          "Exclude models whose unlisted estimate exceeds FACTOR × listed (default: ${DEFAULT-VALUE}).")
  double plausibility;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      paramLabel = "B",
      description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description = "Seed for bootstrap and imputation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--impute",
      defaultValue = "0",
      paramLabel = "M",
      description =
          "Impute missing strata/covariate values M times (chained equations); 0 = drop them (default).")
  int imputations;

  @Option(
      names = "--impute-with",
      split = ",",
      paramLabel = "FIELD",
      description = "Further fields that help impute (e.g. month_death,gov_ns), as categories.")
  List<String> imputeWith = new ArrayList<>();

  @Option(
      names = "--impute-cycles",
      defaultValue = "5",
      paramLabel = "N",
      description = "Chained-equation cycles (default: ${DEFAULT-VALUE}).")
  int imputeCycles;

  @Option(
      names = "--csv-table",
      defaultValue = "summary",
      paramLabel = "TABLE",
      description =
          "Which table --format csv prints: summary, models, strata, coverage (default: ${DEFAULT-VALUE}).")
  EstimateReport.CsvTable csvTable;

  @Option(
      names = "--models",
      description = "With strata, also print every stratum's model table (text format).")
  boolean showModels;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description = "Write an SVG chart of the list overlap and the estimates by stratum.")
  Path chart;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (lists.size() < 2 || lists.size() > 6) {
      throw new UserError("--lists needs 2 to 6 lists, got " + lists.size() + ": " + lists);
    }
    EstimateOptions options;
    Design design;
    try {
      options =
          new EstimateOptions(interval, averageInterval, criterion, plausibility, bootstrap, seed);
      Map<String, double[]> bands = new LinkedHashMap<>();
      if (strata.contains(ageField) || covariates.contains(ageField)) {
        bands.put(ageField, ageBands.stream().mapToDouble(Double::doubleValue).toArray());
      }
      design = new Design(strata, covariates, bands, imputations, imputeCycles, imputeWith);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    MembershipFile fileSource = file == null ? null : new MembershipFile(file);
    RegisterMembership registerSource = null;
    List<String> numeric = design.bands().keySet().stream().toList();
    long loadStart = System.nanoTime();
    MembershipTable data;
    if (fileSource != null) {
      data = fileSource.load(lists, design.imputed(), numeric);
    } else {
      if (!Register.exists(db.path())) {
        throw new UserError(
            "register "
                + db.path()
                + " does not exist; import lists and link them first, or give a FILE");
      }
      try (Register reg = Register.open(db.path())) {
        registerSource = new RegisterMembership(reg, Register.shown(db.path()));
        data = registerSource.load(lists, design.imputed(), numeric);
      }
    }
    long loadNanos = System.nanoTime() - loadStart;
    if (fileSource != null && fileSource.skipped() > 0) {
      spec.commandLine()
          .getErr()
          .println(
              "sijil: note: "
                  + fileSource.skipped()
                  + " rows of "
                  + file
                  + " are on none of the lists "
                  + String.join(",", lists)
                  + " and were left out");
      spec.commandLine().getErr().flush();
    }
    if (registerSource != null) {
      spec.commandLine().getErr().println("sijil: note: " + registerSource.summary(lists));
      spec.commandLine().getErr().flush();
    }
    if (data.size() == 0) {
      throw new UserError(
          file != null
              ? file + ": nobody is on any of the lists " + lists
              : "nobody is on any of the lists " + lists);
    }
    MultipleSystemsEstimator estimator = new MultipleSystemsEstimator(options);
    if (measured(estimator, data, design, loadNanos, out)) {
      return 0;
    }
    EstimationResult result;
    try {
      result = estimator.estimate(data, design);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    EstimateReport report = new EstimateReport(result);
    switch (format.format()) {
      case TABLE -> report.printText(out, showModels);
      case CSV -> report.printCsv(csvTable, out);
      case JSON -> report.printJson(out);
    }
    if (chart != null) {
      try {
        Files.writeString(chart, EstimateChart.svg(result), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError(chart + ": cannot write chart: " + e.getMessage());
      }
    }
    out.flush();
    return 0;
  }

  /**
   * Where the developers' benchmark ({@code sijil-tools bench estimate}, outside the product) times
   * the analysis instead of reporting it; the product command reports.
   *
   * @return whether the data was measured instead of estimated
   */
  boolean measured(
      MultipleSystemsEstimator estimator,
      MembershipTable data,
      Design design,
      long loadNanos,
      PrintWriter out) {
    return false;
  }
}
