package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Multiple imputation by chained equations (MICE) for the variables a design uses. Each variable
 * with missing values is imputed in turn from the full capture pattern (one category per
 * combination of lists, so a person only on list 3 is not treated as "list 3 plus nothing else"
 * additively) and the other used variables, for a few cycles: numeric variables by predictive mean
 * matching (a linear model with parameters drawn from their posterior, five nearest donors), binary
 * categoricals by logistic regression with drawn parameters, categoricals with more levels by
 * one-vs-rest logistic regressions normalised to a multinomial draw. Start values are random draws
 * from the observed values. Auxiliary variables only help predict: they are not imputed, a missing
 * auxiliary value is its own category (numeric ones: the mean plus a missing indicator), which
 * keeps the chain to the variables that matter.
 */
final class ChainedImputer {

  static final int DONORS = 5;

  private final MembershipTable data;
  private final List<String> used;
  private final List<Variable> auxiliary;
  private final int cycles;

  ChainedImputer(MembershipTable data, List<String> used, int cycles) {
    this(data, used, List.of(), cycles);
  }

  ChainedImputer(MembershipTable data, List<String> used, List<String> auxiliary, int cycles) {
    this.data = data;
    this.used = List.copyOf(used);
    this.auxiliary =
        auxiliary.stream()
            .filter(a -> !used.contains(a))
            .map(a -> missingAsLevel(data.variable(a)))
            .toList();
    this.cycles = cycles;
  }

  /** An auxiliary predictor with missing values made explicit, so it needs no imputation. */
  private static Variable missingAsLevel(Variable v) {
    double[] values = v.values().clone();
    if (v.kind() == Variable.Kind.CATEGORICAL) {
      List<String> levels = new ArrayList<>(v.levels());
      if (v.missingCount() > 0) {
        levels.add("(missing)");
        for (int i = 0; i < values.length; i++) {
          values[i] = Double.isNaN(values[i]) ? levels.size() - 1 : values[i];
        }
      }
      return new Variable(v.name(), v.kind(), levels, values);
    }
    double mean = 0;
    int observed = 0;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        mean += x;
        observed++;
      }
    }
    mean = observed == 0 ? 0 : mean / observed;
    for (int i = 0; i < values.length; i++) {
      values[i] = Double.isNaN(values[i]) ? mean : values[i];
    }
    return new Variable(v.name(), v.kind(), v.levels(), values);
  }

  /** One completed copy of the table, drawn with the given random stream. */
  MembershipTable impute(Random random) {
    List<Variable> vars = new ArrayList<>();
    List<boolean[]> missing = new ArrayList<>();
    for (String name : used) {
      Variable v = data.variable(name);
      double[] values = v.values().clone();
      boolean[] miss = new boolean[values.length];
      int[] observed = observedIndexes(v.values(), miss);
      if (observed.length == 0) {
        throw new IllegalArgumentException(
            "variable " + name + " has no observed values to impute from");
      }
      for (int i = 0; i < values.length; i++) {
        if (miss[i]) {
          values[i] = v.values()[observed[random.nextInt(observed.length)]];
        }
      }
      vars.add(v.withValues(values));
      missing.add(miss);
    }
    for (Variable a : auxiliary) {
      vars.add(a);
      missing.add(new boolean[data.size()]);
    }
    for (int cycle = 0; cycle < cycles; cycle++) {
      for (int t = 0; t < vars.size(); t++) {
        if (!any(missing.get(t))) {
          continue;
        }
        Variable target = vars.get(t);
        double[] x = predictors(vars, t);
        int p = x.length / data.size();
        if (target.kind() == Variable.Kind.NUMERIC) {
          predictiveMeanMatching(target.values(), missing.get(t), x, p, random);
        } else {
          logistic(target, missing.get(t), x, p, random);
        }
      }
    }
    List<Variable> all = new ArrayList<>();
    for (Variable v : data.variables()) {
      int t = used.indexOf(v.name());
      all.add(t >= 0 ? vars.get(t) : v);
    }
    return data.withVariables(all);
  }

  private static boolean any(boolean[] b) {
    for (boolean x : b) {
      if (x) {
        return true;
      }
    }
    return false;
  }

  private static int[] observedIndexes(double[] values, boolean[] missing) {
    int[] idx = new int[values.length];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        missing[i] = true;
      } else {
        idx[n++] = i;
      }
    }
    return Arrays.copyOf(idx, n);
  }

  /**
   * Row-major predictors: intercept, capture-pattern dummies (pattern 1 is the reference), then
   * each other used variable (numeric standardised, with its square so U-shaped relations such as
   * age with sex can show; categorical as level dummies).
   */
  private double[] predictors(List<Variable> vars, int target) {
    int n = data.size();
    int k = data.k();
    int patterns = (1 << k) - 2;
    int p = 1 + patterns;
    for (int t = 0; t < vars.size(); t++) {
      if (t != target) {
        Variable v = vars.get(t);
        p += v.kind() == Variable.Kind.NUMERIC ? 2 : v.levels().size() - 1;
      }
    }
    double[] x = new double[n * p];
    for (int r = 0; r < n; r++) {
      x[r * p] = 1;
      int pattern = data.pattern(r);
      if (pattern > 1) {
        x[r * p + pattern - 1] = 1;
      }
    }
    int c = 1 + patterns;
    for (int t = 0; t < vars.size(); t++) {
      if (t == target) {
        continue;
      }
      Variable v = vars.get(t);
      double[] values = v.values();
      if (v.kind() == Variable.Kind.NUMERIC) {
        double mean = 0;
        double sq = 0;
        for (double value : values) {
          mean += value;
        }
        mean /= n;
        for (double value : values) {
          sq += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(sq / Math.max(1, n - 1));
        sd = sd > 0 ? sd : 1;
        for (int r = 0; r < n; r++) {
          double z = (values[r] - mean) / sd;
          x[r * p + c] = z;
          x[r * p + c + 1] = z * z;
        }
        c += 2;
      } else {
        for (int r = 0; r < n; r++) {
          int level = (int) values[r];
          if (level > 0) {
            x[r * p + c + level - 1] = 1;
          }
        }
        c += v.levels().size() - 1;
      }
    }
    return x;
  }

  /** PMM: linear model on observed rows, drawn parameters for the missing, 5 nearest donors. */
  private static void predictiveMeanMatching(
      double[] y, boolean[] missing, double[] x, int p, Random random) {
    int n = y.length;
    double[] w = new double[n];
    for (int r = 0; r < n; r++) {
      w[r] = missing[r] ? 0 : 1;
    }
    double[] xtx = new double[p * p];
    double[] xty = new double[p];
    Dense.weightedCrossProducts(x, n, p, w, y, xtx, xty);
    ridge(xtx, p);
    if (Dense.cholesky(xtx, p) >= 0) {
      throw new IllegalStateException("imputation model for a numeric variable is singular");
    }
    double[] beta = xty.clone();
    Dense.choleskySolve(xtx, p, beta);
    double rss = 0;
    int observed = 0;
    double[] fitted = new double[n];
    PoissonGlm.linearPredictor(x, n, p, beta, null, fitted);
    for (int r = 0; r < n; r++) {
      if (!missing[r]) {
        rss += (y[r] - fitted[r]) * (y[r] - fitted[r]);
        observed++;
      }
    }
    int df = Math.max(1, observed - p);
    double sigma2 = rss / chiSquare(df, random);
    // β* ~ N(β̂, σ*² (XᵀX)⁻¹): with XᵀX = L Lᵀ, β̂ + σ* L⁻ᵀ e.
    double[] e = new double[p];
    for (int i = 0; i < p; i++) {
      e[i] = random.nextGaussian() * Math.sqrt(sigma2);
    }
    backSolveTranspose(xtx, p, e);
    double[] drawn = beta.clone();
    for (int i = 0; i < p; i++) {
      drawn[i] += e[i];
    }
    double[] sortedScore = new double[observed];
    double[] sortedValue = new double[observed];
    int d = 0;
    for (int r = 0; r < n; r++) {
      if (!missing[r]) {
        sortedScore[d] = fitted[r];
        sortedValue[d] = y[r];
        d++;
      }
    }
    sortTogether(sortedScore, sortedValue, 0, observed - 1);
    double[] predicted = new double[n];
    PoissonGlm.linearPredictor(x, n, p, drawn, null, predicted);
    for (int r = 0; r < n; r++) {
      if (missing[r]) {
        y[r] = sortedValue[nearestDonor(sortedScore, predicted[r], random)];
      }
    }
  }

  /**
   * A donor among the {@link #DONORS} observed rows whose fitted values are closest to the target,
   * ties included: when many donors share a fitted value (list flags and categories make that the
   * rule), every tied donor is equally likely, not just the first five in sort order.
   */
  static int nearestDonor(double[] sorted, double target, Random random) {
    int at = Arrays.binarySearch(sorted, target);
    int hi = at >= 0 ? at : -at - 1;
    int lo = hi - 1;
    double reach = 0;
    for (int count = 0; count < DONORS && (lo >= 0 || hi < sorted.length); count++) {
      boolean takeLow =
          hi >= sorted.length || (lo >= 0 && target - sorted[lo] <= sorted[hi] - target);
      reach = Math.max(reach, takeLow ? target - sorted[lo--] : sorted[hi++] - target);
    }
    while (lo >= 0 && target - sorted[lo] <= reach) {
      lo--;
    }
    while (hi < sorted.length && sorted[hi] - target <= reach) {
      hi++;
    }
    return lo + 1 + random.nextInt(hi - lo - 1);
  }

  /** Logistic (binary) or one-vs-rest logistic (more levels) imputation with drawn parameters. */
  private static void logistic(
      Variable target, boolean[] missing, double[] x, int p, Random random) {
    double[] y = target.values();
    int n = y.length;
    int levels = target.levels().size();
    if (levels == 1) {
      for (int r = 0; r < n; r++) {
        if (missing[r]) {
          y[r] = 0;
        }
      }
      return;
    }
    int models = levels == 2 ? 1 : levels;
    double[][] prob = new double[models][];
    for (int m = 0; m < models; m++) {
      int level = levels == 2 ? 1 : m;
      double[] indicator = new double[n];
      for (int r = 0; r < n; r++) {
        indicator[r] = !missing[r] && (int) y[r] == level ? 1 : 0;
      }
      prob[m] = LogisticFit.drawProbabilities(x, n, p, indicator, missing, random);
    }
    for (int r = 0; r < n; r++) {
      if (!missing[r]) {
        continue;
      }
      if (levels == 2) {
        y[r] = random.nextDouble() < prob[0][r] ? 1 : 0;
      } else {
        double total = 0;
        for (int m = 0; m < models; m++) {
          total += prob[m][r];
        }
        double u = random.nextDouble() * total;
        int level = 0;
        for (double acc = prob[0][r]; acc < u && level < models - 1; acc += prob[++level][r]) {
          // walk the cumulative probabilities
        }
        y[r] = level;
      }
    }
  }

  /** Sorts keys ascending, moving values along (quicksort on primitives; no boxing). */
  static void sortTogether(double[] keys, double[] values, int lo, int hi) {
    while (hi - lo > 16) {
      double pivot = median3(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(keys, values, i++, j--);
        }
      }
      // Recurse into the smaller part, loop on the larger: bounded stack depth.
      if (j - lo < hi - i) {
        sortTogether(keys, values, lo, j);
        lo = i;
      } else {
        sortTogether(keys, values, i, hi);
        hi = j;
      }
    }
    for (int a = lo + 1; a <= hi; a++) {
      for (int b = a; b > lo && keys[b - 1] > keys[b]; b--) {
        swap(keys, values, b - 1, b);
      }
    }
  }

  private static double median3(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static void swap(double[] keys, double[] values, int i, int j) {
    double k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    double v = values[i];
    values[i] = values[j];
    values[j] = v;
  }

  /** Solves Lᵀ v = e in place (L lower-triangular, row-major). */
  static void backSolveTranspose(double[] l, int p, double[] e) {
    for (int i = p - 1; i >= 0; i--) {
      double s = e[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k * p + i] * e[k];
      }
      e[i] = s / l[i * p + i];
    }
  }

  /**
   * A tiny ridge keeps an empty column (a capture pattern or level nobody has) from making the
   * system singular; it is far below anything that moves an estimate.
   */
  static void ridge(double[] a, int p) {
    double max = 0;
    for (int i = 0; i < p; i++) {
      max = Math.max(max, a[i * p + i]);
    }
    for (int i = 0; i < p; i++) {
      a[i * p + i] += 1e-9 * max + 1e-8 * a[i * p + i];
    }
  }

  /** A χ²(df) draw via Wilson–Hilferty (df here is in the hundreds or more). */
  static double chiSquare(int df, Random random) {
    double z = random.nextGaussian();
    double a = 2.0 / (9.0 * df);
    double v = 1 - a + z * Math.sqrt(a);
    return Math.max(df * v * v * v, 1e-6);
  }
}
