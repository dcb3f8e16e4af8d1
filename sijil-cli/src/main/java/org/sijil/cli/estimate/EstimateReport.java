package org.sijil.cli.estimate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.estimate.CaptureTable;
import org.sijil.core.estimate.Estimate;
import org.sijil.core.estimate.EstimationResult;
import org.sijil.core.estimate.Exclusion;
import org.sijil.core.estimate.ModelResult;
import org.sijil.core.estimate.StratumEstimate;
import org.sijil.core.estimate.TableResult;
import org.sijil.core.estimate.TwoListEstimate;

/** Renders an estimation result as text tables, one CSV table, or JSON. */
final class EstimateReport {

  enum CsvTable {
    SUMMARY,
    MODELS,
    STRATA,
    COVERAGE
  }

  private final EstimationResult result;
  private final boolean stratified;

  EstimateReport(EstimationResult result) {
    this.result = result;
    this.stratified = result.strata().size() > 1 || !result.strata().get(0).stratum().equals("all");
  }

  void printText(PrintWriter out, boolean allModels) {
    out.printf(
        "Multiple-systems estimation: %d lists (%s), %s people listed%n",
        result.lists().size(), String.join(", ", result.lists()), whole(result.listed()));
    for (String m : result.method()) {
      out.println("  " + m);
    }
    out.println();
    out.printf(
        "Total (listed + unlisted): %s  (95%% interval %s - %s)%n",
        whole(result.total().estimate()),
        whole(result.total().lower()),
        whole(result.total().upper()));
    out.printf(
        "Unlisted:                  %s  (95%% interval %s - %s)%n",
        whole(result.unlisted().estimate()),
        whole(result.unlisted().lower()),
        whole(result.unlisted().upper()));
    out.println();
    if (stratified) {
      out.println("Strata");
      Printer.print(strataTable(), OutputFormat.TABLE, out);
      out.println();
    }
    if (!stratified || allModels) {
      out.println("Models" + (result.imputations() > 0 ? " (first imputation)" : ""));
      Printer.print(modelsTable(), OutputFormat.TABLE, out);
      out.println();
    }
    for (StratumEstimate s : result.strata()) {
      TwoListEstimate two = s.detail() == null ? null : s.detail().twoList();
      if (two != null) {
        out.println(
            "Two-list estimators" + (stratified ? " (" + s.stratum() + ")" : "") + " of the total");
        Table t = new Table("estimator", "estimate", "lower", "upper", "variance");
        t.add(
            "Lincoln-Petersen",
            round(two.lincolnPetersen().estimate()),
            round(two.lincolnPetersen().lower()),
            round(two.lincolnPetersen().upper()),
            round(two.lincolnPetersenVariance()));
        t.add(
            "Chapman",
            round(two.chapman().estimate()),
            round(two.chapman().lower()),
            round(two.chapman().upper()),
            round(two.chapmanVariance()));
        Printer.print(t, OutputFormat.TABLE, out);
        out.println();
      }
    }
    out.println("List coverage (share of the estimated total)");
    Printer.print(coverageTable(), OutputFormat.TABLE, out);
    List<String> exclusions = exclusionLines();
    if (!exclusions.isEmpty()) {
      out.println();
      out.println("Excluded from averaging");
      exclusions.forEach(line -> out.println("  " + line));
    }
    if (!result.warnings().isEmpty()) {
      out.println();
      out.println("Warnings");
      result.warnings().forEach(w -> out.println("  " + w));
    }
    out.flush();
  }

  void printCsv(CsvTable which, PrintWriter out) {
    Table t =
        switch (which) {
          case SUMMARY -> summaryTable();
          case MODELS -> modelsTable();
          case STRATA -> strataTable();
          case COVERAGE -> coverageTable();
        };
    Printer.print(t, OutputFormat.CSV, out);
  }

  void printJson(PrintWriter out) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("lists", result.lists());
    json.put("listed", result.listed());
    json.put("total", estimate(result.total()));
    json.put("unlisted", estimate(result.unlisted()));
    json.put("method", result.method());
    List<Map<String, Object>> overlap = new ArrayList<>();
    long[] patterns = result.patternCounts();
    for (int p = 1; p < patterns.length; p++) {
      overlap.add(
          Map.of(
              "pattern",
              CaptureTable.patternLabel(p, result.lists().size()),
              "count",
              patterns[p]));
    }
    json.put("overlap", overlap);
    List<Map<String, Object>> coverage = new ArrayList<>();
    for (int i = 0; i < result.lists().size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("list", result.lists().get(i));
      c.put("count", result.listCounts()[i]);
      c.put("share", estimate(result.coverage().get(i)));
      coverage.add(c);
    }
    json.put("coverage", coverage);
    List<Map<String, Object>> models = new ArrayList<>();
    List<Map<String, Object>> strata = new ArrayList<>();
    for (StratumEstimate s : result.strata()) {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("stratum", s.stratum());
      st.put("listed", s.listed());
      st.put("total", estimate(s.total()));
      st.put("unlisted", estimate(s.unlisted()));
      if (s.detail() != null) {
        st.put("excluded", s.detail().exclusions());
        if (s.detail().twoList() != null) {
          st.put("twoList", s.detail().twoList());
        }
        for (int m = 0; m < s.detail().models().size(); m++) {
          models.add(modelJson(s, m));
        }
      }
      strata.add(st);
    }
    json.put("models", models);
    if (result.imputations() > 0) {
      json.put(
          "modelsFrom", "the first imputation (strata estimates are pooled over all imputations)");
    }
    json.put("strata", strata);
    json.put("dropped", result.dropped());
    json.put("imputations", result.imputations());
    json.put("warnings", result.warnings());
    Printer.printJson(json, out);
  }

  private Map<String, Object> modelJson(StratumEstimate s, int m) {
    ModelResult r = s.detail().models().get(m);
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("stratum", s.stratum());
    j.put("model", r.spec().label());
    j.put("formula", r.formula());
    j.put("parameters", r.parameters());
    j.put("deviance", r.deviance());
    j.put("df", r.residualDf());
    j.put("aic", r.aic());
    j.put("bic", r.bic());
    j.put("weight", s.detail().weights().get(m));
    j.put("unlisted", estimate(r.unlisted()));
    j.put("interval", r.intervalMethod().name().toLowerCase());
    j.put("status", r.status().name().toLowerCase());
    j.put("note", r.problem());
    return j;
  }

  private static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", finite(e.estimate()));
    m.put("lower", finite(e.lower()));
    m.put("upper", finite(e.upper()));
    return m;
  }

  /** JSON has no NaN or infinity: unknown and unbounded values are null. */
  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private Table summaryTable() {
    Table t = new Table("quantity", "estimate", "lower", "upper");
    t.add("listed", round(result.listed()), null, null);
    t.add(
        "total",
        round(result.total().estimate()),
        round(result.total().lower()),
        round(result.total().upper()));
    t.add(
        "unlisted",
        round(result.unlisted().estimate()),
        round(result.unlisted().lower()),
        round(result.unlisted().upper()));
    for (int i = 0; i < result.lists().size(); i++) {
      Estimate c = result.coverage().get(i);
      t.add(
          "coverage " + result.lists().get(i),
          share(c.estimate()),
          share(c.lower()),
          share(c.upper()));
    }
    return t;
  }

  private Table modelsTable() {
    Table t =
        new Table(
            "stratum",
            "model",
            "terms",
            "deviance",
            "df",
            "AIC",
            "BIC",
            "weight",
            "unlisted",
            "lower",
            "upper",
            "interval",
            "status",
            "note");
    for (StratumEstimate s : result.strata()) {
      TableResult d = s.detail();
      if (d == null) {
        continue;
      }
      for (int m = 0; m < d.models().size(); m++) {
        ModelResult r = d.models().get(m);
        t.add(
            s.stratum(),
            r.spec().label(),
            r.formula(),
            fixed(r.deviance(), 3),
            r.residualDf(),
            fixed(r.aic(), 2),
            fixed(r.bic(), 2),
            fixed(d.weights().get(m), 4),
            round(r.unlisted().estimate()),
            round(r.unlisted().lower()),
            round(r.unlisted().upper()),
            r.intervalMethod().name().toLowerCase(),
            r.status().name().toLowerCase(),
            r.problem() == null ? "" : r.problem());
      }
    }
    return t;
  }

  private Table strataTable() {
    Table t =
        new Table(
            "stratum",
            "listed",
            "unlisted",
            "unlisted_lower",
            "unlisted_upper",
            "total",
            "total_lower",
            "total_upper",
            "excluded_models");
    for (StratumEstimate s : result.strata()) {
      t.add(
          s.stratum(),
          round(s.listed()),
          round(s.unlisted().estimate()),
          round(s.unlisted().lower()),
          round(s.unlisted().upper()),
          round(s.total().estimate()),
          round(s.total().lower()),
          round(s.total().upper()),
          s.detail() == null ? 0 : s.detail().exclusions().size());
    }
    t.add(
        "sum",
        round(result.listed()),
        round(result.unlisted().estimate()),
        round(result.unlisted().lower()),
        round(result.unlisted().upper()),
        round(result.total().estimate()),
        round(result.total().lower()),
        round(result.total().upper()),
        null);
    return t;
  }

  private Table coverageTable() {
    Table t = new Table("list", "people", "share", "lower", "upper");
    for (int i = 0; i < result.lists().size(); i++) {
      Estimate c = result.coverage().get(i);
      t.add(
          result.lists().get(i),
          round(result.listCounts()[i]),
          share(c.estimate()),
          share(c.lower()),
          share(c.upper()));
    }
    return t;
  }

  private List<String> exclusionLines() {
    List<String> lines = new ArrayList<>();
    for (StratumEstimate s : result.strata()) {
      if (s.detail() == null) {
        continue;
      }
      for (Exclusion e : s.detail().exclusions()) {
        lines.add(
            (stratified ? s.stratum() + ": " : "") + "model " + e.model() + ": " + e.reason());
      }
    }
    return lines;
  }

  /** Counts are printed whole; unknown values blank. */
  private static Object round(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return Math.round(v);
  }

  private static Object fixed(double v, int digits) {
    return Double.isFinite(v) ? String.format("%." + digits + "f", v) : null;
  }

  private static Object share(double v) {
    return Double.isFinite(v) ? String.format("%.4f", v) : null;
  }

  static String whole(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "unbounded" : "-unbounded";
    }
    return String.format("%,d", Math.round(v));
  }
}
