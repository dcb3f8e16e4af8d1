package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoissonGlmTest {

  private static CaptureTable three(
      long c100, long c010, long c001, long c110, long c101, long c011, long c111) {
    long[] c = new long[8];
    c[0b001] = c100;
    c[0b010] = c010;
    c[0b100] = c001;
    c[0b011] = c110;
    c[0b101] = c101;
    c[0b110] = c011;
    c[0b111] = c111;
    return CaptureTable.of(List.of("a", "b", "c"), c);
  }

  @Test
  void twoListIndependenceIsLincolnPetersen() {
    long[] c = {0, 300, 200, 60}; // on a only, on b only, on both
    TableResult r =
        TableAnalysis.analyse(CaptureTable.of(List.of("a", "b"), c), EstimateOptions.published());
    double n1 = 360;
    double n2 = 260;
    double lp = n1 * n2 / 60;
    assertEquals(lp, r.total().estimate(), 1e-6);
    assertEquals(1, r.models().size());
    assertEquals(lp, r.twoList().lincolnPetersen().estimate(), 1e-9);
    assertEquals((n1 + 1) * (n2 + 1) / 61 - 1, r.twoList().chapman().estimate(), 1e-9);
    double chVar = (n1 + 1) * (n2 + 1) * (n1 - 60) * (n2 - 60) / (61.0 * 61 * 62);
    assertEquals(chVar, r.twoList().chapmanVariance(), 1e-9);
    assertTrue(r.warnings().contains(TwoListEstimate.WARNING));
  }

  @Test
  void twoListsWithNoOverlapHaveNoLincolnPetersenButAFiniteChapman() {
    TwoListEstimate t = TwoListEstimate.of(10, 12, 0);
    assertFalse(Double.isFinite(t.lincolnPetersen().estimate()));
    assertEquals(11.0 * 13 - 1, t.chapman().estimate(), 1e-9);
  }

  @Test
  void zeroTripleCellMakesSaturatedModelBoundaryAndExcluded() {
    // With n111 = 0 the saturated model drives its fitted 111 cell to zero: parameters at infinity.
    TableResult r =
        TableAnalysis.analyse(three(400, 300, 200, 50, 40, 30, 0), EstimateOptions.published());
    ModelResult full = r.models().get(7);
    assertEquals("12 13 23", full.spec().label());
    assertTrue(
        full.status() == FitStatus.BOUNDARY
            || full.status() == FitStatus.SINGULAR
            || full.status() == FitStatus.NOT_CONVERGED,
        full.toString());
    assertTrue(
        r.exclusions().stream().anyMatch(e -> e.model().equals("12 13 23")),
        r.exclusions().toString());
    assertTrue(Double.isFinite(r.total().estimate()), "the other models still give an average");
    assertEquals(0.0, r.weights().get(7));
  }

  @Test
  void implausibleModelsAreExcludedWithTheirReason() {
    TableResult r =
        TableAnalysis.analyse(
            GazaReferenceTest.gaza(),
            new EstimateOptions(
                IntervalMethod.WALD, AverageInterval.WEIGHTED, Criterion.AIC, 1.0, 100, 1));
    // Every model's unlisted estimate exceeds 0.7 × listed, so with factor 1.0 only some pass.
    assertTrue(
        r.exclusions().stream().anyMatch(e -> e.reason().startsWith("implausible")),
        r.exclusions().toString());
    for (int m = 0; m < r.models().size(); m++) {
      if (r.models().get(m).unlisted().estimate() > r.listed()) {
        assertEquals(0.0, r.weights().get(m));
      }
    }
  }

  @Test
  void singularDesignIsReportedNotSolved() {
    // Two identical columns: not identifiable.
    double[] x = {1, 1, 1, 1, 0, 0, 1, 1, 1};
    double[] y = {3, 4, 5};
    PoissonGlm.Fit fit = PoissonGlm.fit(x, 3, 3, y, null, null);
    assertEquals(FitStatus.SINGULAR, fit.status());
  }

  @Test
  void poissonRegressionMatchesClosedForm() {
    // One binary covariate: MLEs are log means of each group.
    double[] x = {1, 0, 1, 0, 1, 1, 1, 1};
    double[] y = {2, 4, 10, 14};
    PoissonGlm.Fit fit = PoissonGlm.fit(x, 4, 2, y, null, null);
    assertEquals(FitStatus.OK, fit.status());
    assertEquals(Math.log(3), fit.beta()[0], 1e-9);
    assertEquals(Math.log(12.0 / 3), fit.beta()[1], 1e-9);
  }

  @Test
  void logGammaMatchesFactorials() {
    assertEquals(Math.log(3628800), Special.logGamma(11), 1e-12);
    assertEquals(0.5 * Math.log(Math.PI), Special.logGamma(0.5), 1e-12);
    assertEquals(0, Special.logFactorial(0));
  }

  @Test
  void covariateModelsSumLevelsAndFallBackToWaldWithANote() {
    long[][] counts = new long[2][8];
    long[] base = {0, 19_048, 5_104, 1_929, 1_469, 1_173, 351, 197};
    for (int p = 1; p < 8; p++) {
      counts[0][p] = base[p] / 2;
      counts[1][p] = base[p] - base[p] / 2;
    }
    CaptureTable t = CaptureTable.withLevels(List.of("a", "b", "c"), List.of("x", "y"), counts);
    TableResult r = TableAnalysis.analyse(t, EstimateOptions.defaults());
    ModelResult indep = r.models().get(0);
    assertEquals(IntervalMethod.WALD, indep.intervalMethod());
    assertTrue(indep.problem().contains("profile"), indep.problem());
    // Halving every cell leaves the independence estimate split in half per level: same total.
    TableResult overall =
        TableAnalysis.analyse(GazaReferenceTest.gaza(), EstimateOptions.published());
    assertEquals(
        overall.models().get(0).unlisted().estimate(),
        indep.unlisted().estimate(),
        0.002 * indep.unlisted().estimate());
  }
}
