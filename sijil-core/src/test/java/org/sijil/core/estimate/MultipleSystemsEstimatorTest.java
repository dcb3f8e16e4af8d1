package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The estimator's own bookkeeping around the table analysis: list counts, coverage, the overall
 * design, the warnings it adds and the method lines it writes.
 */
class MultipleSystemsEstimatorTest {

  /**
   * Three independent lists; {@code missingOnThirdOnly} people seen by the third list alone lose
   * their sex value (as when one list rarely records it), {@code missingEverywhere} of all others.
   */
  private static MembershipTable lists(long seed, double missingOnThirdOnly, double missingElse) {
    Random random = new Random(seed);
    MembershipTable.Builder b = MembershipTable.builder(List.of("a", "b", "c")).categorical("sex");
    double[] rate = {0.4, 0.35, 0.3};
    for (int person = 0; person < 10_000; person++) {
      boolean[] on = new boolean[3];
      boolean any = false;
      for (int i = 0; i < 3; i++) {
        on[i] = random.nextDouble() < rate[i];
        any |= on[i];
      }
      if (!any) {
        continue;
      }
      boolean thirdOnly = !on[0] && !on[1] && on[2];
      double missing = thirdOnly ? missingOnThirdOnly : missingElse;
      String sex = random.nextDouble() < missing ? null : random.nextBoolean() ? "f" : "m";
      b.add(on, sex);
    }
    return b.build();
  }

  private static EstimationResult overall(MembershipTable data) {
    return new MultipleSystemsEstimator(EstimateOptions.published())
        .estimate(data, Design.overall());
  }

  @Test
  void listCountsAreThePeopleOnEachList() {
    MembershipTable data = lists(1, 0, 0);
    EstimationResult r = overall(data);
    for (int list = 0; list < 3; list++) {
      int on = 0;
      for (int person = 0; person < data.size(); person++) {
        if ((data.pattern(person) & (1 << list)) != 0) {
          on++;
        }
      }
      assertEquals(on, r.listCounts()[list], 0, "list " + list);
    }
    assertEquals(data.size(), r.listed(), 0);
  }

  @Test
  void coverageIsEachListOverTheTotalWithItsBoundsCrossed() {
    EstimationResult r = overall(lists(2, 0, 0));
    Estimate total = r.total();
    for (int list = 0; list < 3; list++) {
      Estimate c = r.coverage().get(list);
      double count = r.listCounts()[list];
      assertEquals(count / total.estimate(), c.estimate(), 1e-12);
      // The largest total gives the smallest coverage.
      assertEquals(count / total.upper(), c.lower(), 1e-12);
      assertEquals(count / total.lower(), c.upper(), 1e-12);
    }
    // Independent lists with rates 0.4/0.35/0.3: coverage near those rates.
    assertEquals(0.4, r.coverage().get(0).estimate(), 0.03);
    assertEquals(0.3, r.coverage().get(2).estimate(), 0.03);
  }

  @Test
  void theOverallDesignIsTheTableAnalysisOfTheWholeTable() {
    MembershipTable data = lists(3, 0, 0);
    EstimationResult r = overall(data);
    TableResult table =
        TableAnalysis.analyse(
            CaptureTable.of(data.lists(), data.patternCounts()), EstimateOptions.published());
    assertEquals(table.total(), r.total());
    assertEquals(table.unlisted(), r.unlisted());
    assertEquals(1, r.strata().size());
    assertEquals(0, r.dropped());
    assertEquals(0, r.imputations());
    assertFalse(
        r.method().stream().anyMatch(m -> m.startsWith("strata combined")), r.method().toString());
  }

  @Test
  void twoListsPutTheirWarningFirstAndOnlyOnce() {
    Random random = new Random(4);
    MembershipTable.Builder b = MembershipTable.builder(List.of("a", "b"));
    for (int person = 0; person < 5_000; person++) {
      boolean[] on = {random.nextDouble() < 0.5, random.nextDouble() < 0.4};
      if (on[0] || on[1]) {
        b.add(on);
      }
    }
    EstimationResult r = overall(b.build());
    assertEquals(TwoListEstimate.WARNING, r.warnings().get(0));
    assertEquals(1, r.warnings().stream().filter(TwoListEstimate.WARNING::equals).count());
  }

  @Test
  void droppedPeopleConcentratedInOnePatternAreCalledBiased() {
    MembershipTable data = lists(5, 0.6, 0.01);
    EstimationResult r =
        new MultipleSystemsEstimator(EstimateOptions.published())
            .estimate(data, Design.stratified(List.of("sex"), Map.of()));
    String skew =
        r.warnings().stream().filter(w -> w.contains("concentrated")).findFirst().orElseThrow();
    assertTrue(skew.contains(CaptureTable.patternLabel(0b100, 3)), skew);
    assertTrue(skew.contains("impute instead"), skew);
  }

  @Test
  void droppedPeopleSpreadEvenlyRaiseNoBiasWarning() {
    MembershipTable data = lists(6, 0.05, 0.05);
    EstimationResult r =
        new MultipleSystemsEstimator(EstimateOptions.published())
            .estimate(data, Design.stratified(List.of("sex"), Map.of()));
    assertTrue(r.dropped() > 0);
    assertFalse(
        r.warnings().stream().anyMatch(w -> w.contains("concentrated")), r.warnings().toString());
    assertTrue(
        r.method().contains("missing values: complete-case, " + r.dropped() + " people dropped"),
        r.method().toString());
  }

  @Test
  void theMethodNamesThePlausibilityFactorWithoutATrailingZero() {
    EstimationResult r = overall(lists(7, 0, 0));
    double factor = EstimateOptions.published().plausibilityFactor();
    String expected =
        factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor);
    assertTrue(
        r.method().stream().anyMatch(m -> m.contains("unlisted > " + expected + " × listed")),
        r.method().toString());
  }

  @Test
  void stratifiedWeightedBoundsAreSummedAndSaySo() {
    MembershipTable data = lists(8, 0, 0);
    EstimationResult r =
        new MultipleSystemsEstimator(EstimateOptions.published())
            .estimate(data, Design.stratified(List.of("sex"), Map.of()));
    assertEquals(2, r.strata().size());
    double upper = r.strata().stream().mapToDouble(s -> s.unlisted().upper()).sum();
    assertEquals(upper, r.unlisted().upper(), 1e-6);
    assertEquals(r.unlisted().estimate() + r.listed(), r.total().estimate(), 1e-6);
    assertTrue(
        r.method().stream().anyMatch(m -> m.contains("bounds summed, as published")),
        r.method().toString());
  }
}
