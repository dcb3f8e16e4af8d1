package org.sijil.core.estimate;

import java.util.List;
import java.util.Map;

/**
 * How people are grouped: strata (analysed separately and summed) and covariates (within a stratum,
 * list×covariate interactions), numeric variables cut into bands, and what to do with missing
 * values.
 *
 * @param strata variables that define strata, in order
 * @param covariates variables entered as list×covariate interactions
 * @param bands band edges (ascending) for numeric variables, e.g. age → {0, 15, 30, 45, 60}
 * @param imputations 0 for complete-case analysis (people with a missing value are dropped and
 *     counted), otherwise the number of multiple imputations by chained equations
 * @param imputationCycles chained-equation cycles per imputation
 * @param auxiliary further variables that only help impute (e.g. month or place of death); their
 *     own missing values are imputed along the way
 */
public record Design(
    List<String> strata,
    List<String> covariates,
    Map<String, double[]> bands,
    int imputations,
    int imputationCycles,
    List<String> auxiliary) {

  public Design {
    strata = List.copyOf(strata);
    covariates = List.copyOf(covariates);
    auxiliary = List.copyOf(auxiliary);
    bands = Map.copyOf(bands);
    for (Map.Entry<String, double[]> e : bands.entrySet()) {
      double[] edges = e.getValue();
      if (edges.length == 0) {
        throw new IllegalArgumentException("no band edges for " + e.getKey());
      }
      for (int i = 1; i < edges.length; i++) {
        if (!(edges[i] > edges[i - 1])) {
          throw new IllegalArgumentException(
              "band edges for "
                  + e.getKey()
                  + " must increase: "
                  + java.util.Arrays.toString(edges));
        }
      }
    }
    if (imputations < 0) {
      throw new IllegalArgumentException("imputations must be >= 0, got " + imputations);
    }
    if (imputationCycles < 1) {
      throw new IllegalArgumentException("imputation cycles must be >= 1, got " + imputationCycles);
    }
    for (String c : covariates) {
      if (strata.contains(c)) {
        throw new IllegalArgumentException(c + " is both a stratum and a covariate");
      }
    }
  }

  /** No strata, no covariates. */
  public static Design overall() {
    return new Design(List.of(), List.of(), Map.of(), 0, 5, List.of());
  }

  /** Strata only, complete-case. */
  public static Design stratified(List<String> strata, Map<String, double[]> bands) {
    return new Design(strata, List.of(), bands, 0, 5, List.of());
  }

  public Design withImputations(int m) {
    return new Design(strata, covariates, bands, m, imputationCycles, auxiliary);
  }

  /** The variables the imputation models use: grouping variables, then auxiliary ones. */
  public List<String> imputed() {
    java.util.List<String> all = new java.util.ArrayList<>(used());
    for (String a : auxiliary) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return all;
  }

  /** Every variable the grouping uses. */
  public List<String> used() {
    java.util.List<String> all = new java.util.ArrayList<>(strata);
    all.addAll(covariates);
    return all;
  }

  /** The band label of a value: "0-14" for integer edges 0 and 15, "60+" for the last band. */
  static String bandLabel(double[] edges, double value) {
    if (value < edges[0]) {
      return "<" + number(edges[0]);
    }
    for (int i = 0; i < edges.length - 1; i++) {
      if (value < edges[i + 1]) {
        boolean integers =
            edges[i] == Math.rint(edges[i]) && edges[i + 1] == Math.rint(edges[i + 1]);
        return number(edges[i])
            + "-"
            + (integers ? number(edges[i + 1] - 1) : "<" + number(edges[i + 1]));
      }
    }
    return number(edges[edges.length - 1]) + "+";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
