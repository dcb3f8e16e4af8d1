package org.sijil.server.model;

import java.util.List;

/**
 * The register's multiple-systems estimate, as published.
 *
 * @param lists the lists (sources) used
 * @param method a one-line statement of the method and interval
 * @param listed persons on at least one list
 * @param total listed plus unlisted
 * @param unlisted the estimated number on no list
 * @param models every candidate model
 * @param strata per-stratum estimates (empty when unstratified)
 * @param warnings anything a reader must know (e.g. two lists cannot test independence)
 * @param groups estimates per group (by sex, by age band), each breakdown its own stratified run;
 *     empty when none was stored
 */
public record Estimate(
    List<String> lists,
    String method,
    long listed,
    Interval total,
    Interval unlisted,
    List<Model> models,
    List<Stratum> strata,
    List<String> warnings,
    List<Group> groups) {

  public Estimate {
    groups = groups == null ? List.of() : List.copyOf(groups);
    lists = List.copyOf(lists);
    models = List.copyOf(models);
    strata = List.copyOf(strata);
    warnings = List.copyOf(warnings);
  }

  public record Interval(double estimate, double lower, double upper) {}

  public record Model(
      String terms,
      double deviance,
      int df,
      double aic,
      Interval unlisted,
      double weight,
      boolean excluded) {}

  public record Stratum(String name, long listed, Interval total) {}

  /** An estimate without groups. */
  public Estimate(
      List<String> lists,
      String method,
      long listed,
      Interval total,
      Interval unlisted,
      List<Model> models,
      List<Stratum> strata,
      List<String> warnings) {
    this(lists, method, listed, total, unlisted, models, strata, warnings, List.of());
  }

  /**
   * One group of a breakdown: variable (sex, age), level (null when the breakdown failed), listed
   * persons, the estimated total (null when too few or not finite) and why there is no number.
   */
  public record Group(String variable, String level, long listed, Interval total, String note) {}
}
