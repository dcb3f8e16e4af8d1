package org.sijil.app.estimate;

import java.util.List;

/**
 * The register's multiple-systems estimate as stored and published (the JSON document of an
 * estimate run's result).
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
 *     empty for estimates stored before they were made
 */
public record PublishedEstimate(
    List<String> lists,
    String method,
    long listed,
    Interval total,
    Interval unlisted,
    List<Model> models,
    List<Stratum> strata,
    List<String> warnings,
    List<Group> groups) {

  public PublishedEstimate {
    groups = groups == null ? List.of() : List.copyOf(groups);
    lists = List.copyOf(lists);
    models = List.copyOf(models);
    strata = List.copyOf(strata);
    warnings = List.copyOf(warnings);
  }

  /** An estimate with its interval. */
  public record Interval(double estimate, double lower, double upper) {}

  /**
   * One candidate model: terms, fit, its estimate of the unlisted and its weight in the average.
   */
  public record Model(
      String terms,
      double deviance,
      int df,
      double aic,
      Interval unlisted,
      double weight,
      boolean excluded) {}

  /** One stratum's listed persons and estimated total. */
  public record Stratum(String name, long listed, Interval total) {}

  /**
   * One group of a breakdown.
   *
   * @param variable the breakdown: sex or age
   * @param level the group (m, f; an age band such as 18-29); null when the whole breakdown failed
   * @param listed listed persons in the group
   * @param total its estimated total; null when too few or not finite ({@code note} says why)
   * @param note why there is no number; null when there is one
   */
  public record Group(String variable, String level, long listed, Interval total, String note) {}
}
