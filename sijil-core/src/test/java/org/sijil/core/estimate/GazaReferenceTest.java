package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published Gaza three-list table (Jamaluddine et al., Lancet 2025), overall, against R's
 * glm(family = poisson) and the published averaging: match to 4 significant digits.
 */
class GazaReferenceTest {

  /**
   * Counts by pattern; bit 0 = list1 (hospital), bit 1 = list2 (survey), bit 2 = list3
   * (obituaries).
   */
  static CaptureTable gaza() {
    long[] c = new long[8];
    c[0b001] = 19_048; // 100
    c[0b010] = 5_104; // 010
    c[0b100] = 1_469; // 001
    c[0b011] = 1_929; // 110
    c[0b101] = 1_173; // 101
    c[0b110] = 351; // 011
    c[0b111] = 197; // 111
    return CaptureTable.of(List.of("list1", "list2", "list3"), c);
  }

  static void assertSig4(double expected, double actual, String what) {
    double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - 3);
    assertEquals(
        Math.round(expected / scale),
        Math.round(actual / scale),
        what + ": expected " + expected + " got " + actual);
  }

  static ModelResult model(TableResult r, String label) {
    return r.models().stream()
        .filter(m -> m.spec().label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void bicUsesTheNumberOfCells() {
    TableResult r = TableAnalysis.analyse(gaza(), EstimateOptions.published());
    ModelResult indep = model(r, "independence");
    assertEquals(indep.aic() - 2 * 4 + 4 * Math.log(7), indep.bic(), 1e-9);
  }

  @Test
  void listedTotal() {
    assertEquals(29_271, gaza().listed());
  }

  @Test
  void allThreeInteractionsMatchesR() {
    TableResult r = TableAnalysis.analyse(gaza(), EstimateOptions.published());
    ModelResult full = model(r, "12 13 23");
    assertSig4(35_425.07, full.unlisted().estimate(), "unlisted");
    assertSig4(29_056.00, full.unlisted().lower(), "Wald lower");
    assertSig4(43_190.24, full.unlisted().upper(), "Wald upper");
    assertSig4(78.33, full.aic(), "AIC");
    assertEquals(0, full.residualDf());
  }

  @Test
  void independenceMatchesR() {
    TableResult r = TableAnalysis.analyse(gaza(), EstimateOptions.published());
    ModelResult indep = model(r, "independence");
    assertSig4(37_478.84, indep.unlisted().estimate(), "unlisted");
    assertSig4(430.11, indep.aic(), "AIC");
    assertEquals(3, indep.residualDf());
  }

  @Test
  void aicAveragedTotalMatchesPublishedMethod() {
    TableResult r = TableAnalysis.analyse(gaza(), EstimateOptions.published());
    assertTrue(r.exclusions().isEmpty(), r.exclusions().toString());
    assertEquals(1.0, r.weights().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertSig4(64_740.94, r.total().estimate(), "total");
    assertSig4(58_386.22, r.total().lower(), "total lower");
    assertSig4(72_487.06, r.total().upper(), "total upper");
  }

  @Test
  void profileIntervalContainsEstimateAndIsSkewedUpward() {
    TableResult r = TableAnalysis.analyse(gaza(), EstimateOptions.defaults());
    ModelResult full = model(r, "12 13 23");
    assertEquals(IntervalMethod.PROFILE, full.intervalMethod());
    assertTrue(
        full.unlisted().lower() < 35_425.07 && 35_425.07 < full.unlisted().upper(),
        full.toString());
    // The profile bound is where the deviance, refitted with log(unlisted) held there, has risen by
    // 3.84.
    ModelFitter fitter = new ModelFitter(gaza(), full.spec());
    double[] y = gaza().observedVector();
    for (double bound : new double[] {full.unlisted().lower(), full.unlisted().upper()}) {
      double[] reduced = new double[7 * 6];
      for (int r2 = 0; r2 < 7; r2++) {
        for (int c = 1; c < 7; c++) {
          reduced[r2 * 6 + c - 1] = designRow(r2 + 1)[c];
        }
      }
      double[] offset = new double[7];
      java.util.Arrays.fill(offset, Math.log(bound));
      PoissonGlm.Fit constrained = PoissonGlm.fit(reduced, 7, 6, y, offset, null);
      assertEquals(
          Special.CHI2_1_95,
          constrained.deviance() - full.deviance(),
          1e-6,
          "deviance rise at " + bound);
    }
    assertEquals(7, fitter.parameters());
  }

  /** The saturated three-list design row of a pattern: 1, x1, x2, x3, x1x2, x1x3, x2x3. */
  private static double[] designRow(int pattern) {
    double a = pattern & 1;
    double b = (pattern >> 1) & 1;
    double c = (pattern >> 2) & 1;
    return new double[] {1, a, b, c, a * b, a * c, b * c};
  }
}
