package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Splits a membership table into capture tables by stratum, with covariate levels inside each. */
final class Stratifier {

  private final Design design;

  Stratifier(Design design) {
    this.design = design;
  }

  /** One stratum's people as a capture table; ordered by stratum label. */
  record Stratum(String label, CaptureTable table) {}

  /** People with a missing value in any used variable. */
  static int missingCount(MembershipTable data, Design design) {
    int count = 0;
    List<Variable> used = design.used().stream().map(data::variable).toList();
    for (int person = 0; person < data.size(); person++) {
      for (Variable v : used) {
        if (v.missing(person)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** Strata of the people with no missing used value. */
  List<Stratum> strata(MembershipTable data) {
    List<Variable> strata = design.strata().stream().map(data::variable).toList();
    List<Variable> covariates = design.covariates().stream().map(data::variable).toList();
    for (Variable v : strata) {
      checkGroupable(v);
    }
    for (Variable v : covariates) {
      checkGroupable(v);
    }
    // stratum label -> covariate label -> pattern counts; TreeMap keys sort by the level order key.
    TreeMap<String, TreeMap<String, long[]>> groups = new TreeMap<>();
    TreeMap<String, String> stratumLabels = new TreeMap<>();
    TreeMap<String, String> levelLabels = new TreeMap<>();
    int k = data.k();
    List<int[]> strataRanks = ranks(strata);
    List<int[]> covariateRanks = ranks(covariates);
    people:
    for (int person = 0; person < data.size(); person++) {
      for (Variable v : strata) {
        if (v.missing(person)) {
          continue people;
        }
      }
      for (Variable v : covariates) {
        if (v.missing(person)) {
          continue people;
        }
      }
      String[] stratum = key(strata, strataRanks, person);
      String[] level = key(covariates, covariateRanks, person);
      stratumLabels.put(stratum[0], stratum[1]);
      levelLabels.put(level[0], level[1]);
      groups.computeIfAbsent(stratum[0], s -> new TreeMap<>())
          .computeIfAbsent(level[0], l -> new long[1 << k])[data.pattern(person)]++;
    }
    List<String> allLevels = new ArrayList<>(levelLabels.keySet());
    List<Stratum> out = new ArrayList<>();
    for (var e : groups.entrySet()) {
      // Every stratum gets every covariate level seen anywhere, so its design is complete; levels
      // with nobody in a stratum are dropped from that stratum (they carry no information).
      List<String> names = new ArrayList<>();
      List<long[]> rows = new ArrayList<>();
      for (String level : allLevels) {
        long[] counts = e.getValue().get(level);
        if (counts != null) {
          names.add(levelLabels.get(level));
          rows.add(counts);
        }
      }
      CaptureTable table =
          CaptureTable.withLevels(data.lists(), names, rows.toArray(new long[0][]));
      out.add(new Stratum(stratumLabels.get(e.getKey()), table));
    }
    return out;
  }

  private void checkGroupable(Variable v) {
    if (v.kind() == Variable.Kind.NUMERIC && !design.bands().containsKey(v.name())) {
      throw new IllegalArgumentException(
          "numeric variable '" + v.name() + "' needs band edges to group by");
    }
  }

  /** A sort key (zero-padded level order) and a display label for a person's levels. */
  private String[] key(List<Variable> vars, List<int[]> ranks, int person) {
    if (vars.isEmpty()) {
      return new String[] {"", "all"};
    }
    StringBuilder sort = new StringBuilder();
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < vars.size(); i++) {
      Variable v = vars.get(i);
      double value = v.values()[person];
      String text;
      int order;
      if (v.kind() == Variable.Kind.NUMERIC) {
        double[] edges = design.bands().get(v.name());
        text = Design.bandLabel(edges, value);
        order = 0;
        while (order < edges.length && edges[order] <= value) {
          order++;
        }
      } else {
        text = v.levels().get((int) value);
        order = ranks.get(i)[(int) value];
      }
      sort.append((char) ('A' + order / 26)).append((char) ('A' + order % 26));
      label.append(label.length() == 0 ? "" : " ").append(text);
    }
    return new String[] {sort.toString(), label.toString()};
  }

  /** Categorical levels sort by name so stratum order does not depend on file order. */
  private static List<int[]> ranks(List<Variable> vars) {
    List<int[]> out = new ArrayList<>();
    for (Variable v : vars) {
      int[] rank = new int[v.levels().size()];
      if (v.kind() == Variable.Kind.CATEGORICAL) {
        List<String> sorted = new ArrayList<>(v.levels());
        sorted.sort(null);
        for (int l = 0; l < rank.length; l++) {
          rank[l] = sorted.indexOf(v.levels().get(l));
        }
      }
      out.add(rank);
    }
    return out;
  }
}
