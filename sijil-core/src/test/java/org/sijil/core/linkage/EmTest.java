package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmTest {

  /** Known mixture: 20% matches, three comparisons (two with 3 levels, one with 4), some nulls. */
  static final double LAMBDA = 0.2;

  static final double[][] M = {{0, 0.85, 0.1, 0.05}, {0, 0.7, 0.2, 0.1}, {0, 0.6, 0.25, 0.1, 0.05}};
  static final double[][] U = {{0, 0.05, 0.15, 0.8}, {0, 0.1, 0.2, 0.7}, {0, 0.02, 0.08, 0.3, 0.6}};

  @Test
  void recoversKnownParametersFromSyntheticComparisons() {
    Random rnd = new Random(7);
    Map<String, long[]> counts = new HashMap<>();
    Map<String, int[]> rows = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      boolean match = rnd.nextDouble() < LAMBDA;
      int[] lv = new int[3];
      for (int c = 0; c < 3; c++) {
        lv[c] = rnd.nextDouble() < 0.1 ? 0 : draw(match ? M[c] : U[c], rnd);
      }
      String k = java.util.Arrays.toString(lv);
      rows.put(k, lv);
      counts.computeIfAbsent(k, x -> new long[1])[0]++;
    }
    int[][] pr = new int[rows.size()][];
    long[] pc = new long[rows.size()];
    int i = 0;
    for (String k : new java.util.TreeSet<>(rows.keySet())) {
      pr[i] = rows.get(k);
      pc[i++] = counts.get(k)[0];
    }
    double[][] m0 = {Em.initialM(4), Em.initialM(4), Em.initialM(5)};
    double[][] u0 = {flat(4), flat(4), flat(5)};
    Em.Result r = Em.fit(pr, pc, new boolean[] {true, true, true}, m0, u0, 0.5, true, 500, 1e-9);
    assertTrue(r.converged());
    assertEquals(LAMBDA, r.lambda(), 0.01);
    for (int c = 0; c < 3; c++) {
      for (int l = 1; l < M[c].length; l++) {
        assertEquals(M[c][l], r.m()[c][l], 0.02, "m[" + c + "][" + l + "]");
        assertEquals(U[c][l], r.u()[c][l], 0.02, "u[" + c + "][" + l + "]");
      }
    }
  }

  @Test
  void withFixedUOnlyMMoves() {
    int[][] rows = {{1, 1}, {2, 2}};
    long[] counts = {100, 900};
    double[][] u = {{1, 0.01, 0.99}, {1, 0.01, 0.99}};
    Em.Result r =
        Em.fit(
            rows,
            counts,
            new boolean[] {true, true},
            new double[][] {Em.initialM(3), Em.initialM(3)},
            u,
            0.5,
            false,
            200,
            1e-9);
    assertEquals(0.01, r.u()[0][1], 0);
    assertEquals(0.1, r.lambda(), 0.01);
  }

  private static double[] flat(int n) {
    double[] v = new double[n];
    for (int l = 1; l < n; l++) {
      v[l] = 1.0 / (n - 1);
    }
    return v;
  }

  private static int draw(double[] p, Random rnd) {
    double x = rnd.nextDouble();
    for (int l = 1; l < p.length; l++) {
      x -= p[l];
      if (x < 0) {
        return l;
      }
    }
    return p.length - 1;
  }
}
