package org.sijil.spark;

import org.sijil.core.linkage.LinkageModel;

/**
 * The largest difference between the parameters of two models of one spec (prior, every level's m
 * and u), and where it is: how the Spark engine's model is checked against the in-process one.
 */
public record ModelDiff(double max, String where) {

  /** Compares two models; fails when their comparisons or levels differ. */
  public static ModelDiff of(LinkageModel a, LinkageModel b) {
    double max = Math.abs(a.prior() - b.prior());
    String where = "prior";
    if (a.comparisons().size() != b.comparisons().size()) {
      throw new IllegalArgumentException("the models have different comparisons");
    }
    for (int c = 0; c < a.comparisons().size(); c++) {
      LinkageModel.FittedComparison x = a.comparisons().get(c);
      LinkageModel.FittedComparison y = b.comparison(x.name());
      if (x.levels().size() != y.levels().size()) {
        throw new IllegalArgumentException(x.name() + ": different levels");
      }
      for (int l = 0; l < x.levels().size(); l++) {
        double dm = Math.abs(x.levels().get(l).m() - y.levels().get(l).m());
        double du = Math.abs(x.levels().get(l).u() - y.levels().get(l).u());
        if (dm > max) {
          max = dm;
          where = x.name() + "/" + x.levels().get(l).label() + " m";
        }
        if (du > max) {
          max = du;
          where = x.name() + "/" + x.levels().get(l).label() + " u";
        }
      }
    }
    return new ModelDiff(max, where);
  }
}
