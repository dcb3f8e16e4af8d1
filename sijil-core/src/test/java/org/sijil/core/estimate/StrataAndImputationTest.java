package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strata summed, complete-case drops counted, and imputation pooled by medians, reproducibly. */
class StrataAndImputationTest {

  /**
   * A synthetic population: two sexes with different capture rates, ages 0–80; lists independent
   * within each sex. Returns the listed people; {@code missingRate} of them lose their sex value.
   */
  static MembershipTable population(long seed, int size, double missingRate) {
    Random random = new Random(seed);
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).numeric("age").categorical("sex");
    for (int person = 0; person < size; person++) {
      boolean female = random.nextBoolean();
      double age = random.nextInt(81);
      double[] rate = female ? new double[] {0.5, 0.3, 0.2} : new double[] {0.3, 0.5, 0.25};
      boolean[] on = new boolean[3];
      boolean any = false;
      for (int i = 0; i < 3; i++) {
        on[i] = random.nextDouble() < rate[i];
        any |= on[i];
      }
      if (!any) {
        continue;
      }
      String sex = random.nextDouble() < missingRate ? null : female ? "female" : "male";
      b.add(on, age, sex);
    }
    return b.build();
  }

  static final Map<String, double[]> BANDS = Map.of("age", new double[] {0, 15, 30, 45, 60});

  @Test
  void strataAreSummedAndBoundsAddUp() {
    MembershipTable data = population(1, 20_000, 0);
    EstimationResult r =
        new MultipleSystemsEstimator(EstimateOptions.published())
            .estimate(data, Design.stratified(List.of("age", "sex"), BANDS));
    assertEquals(10, r.strata().size());
    assertEquals("0-14 female", r.strata().get(0).stratum());
    assertEquals("60+ male", r.strata().get(9).stratum());
    double sum = r.strata().stream().mapToDouble(s -> s.total().estimate()).sum();
    double lower = r.strata().stream().mapToDouble(s -> s.total().lower()).sum();
    assertEquals(sum, r.total().estimate(), 1e-6);
    assertEquals(lower, r.total().lower(), 1e-6);
    assertEquals(data.size(), r.listed());
    assertTrue(Math.abs(r.total().estimate() - 20_000) < 1_500, r.total().toString());
  }

  @Test
  void completeCaseDropsAndCountsMissingValues() {
    MembershipTable data = population(2, 20_000, 0.05);
    int missing = data.variable("sex").missingCount();
    EstimationResult r =
        new MultipleSystemsEstimator(EstimateOptions.published())
            .estimate(data, Design.stratified(List.of("sex"), Map.of()));
    assertEquals(missing, r.dropped());
    assertEquals(data.size() - missing, r.listed());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains(missing + " people")),
        r.warnings().toString());
    int onFirstAnalysed = 0;
    for (int person = 0; person < data.size(); person++) {
      if (!data.variable("sex").missing(person) && (data.pattern(person) & 1) != 0) {
        onFirstAnalysed++;
      }
    }
    assertEquals(onFirstAnalysed, r.listCounts()[0], "coverage counts only the people analysed");
  }

  @Test
  void imputationKeepsEveryoneIsSeededAndRecoversTheTotal() {
    MembershipTable data = population(3, 20_000, 0.10);
    Design design = Design.stratified(List.of("sex"), Map.of()).withImputations(10);
    EstimationResult a =
        new MultipleSystemsEstimator(EstimateOptions.published()).estimate(data, design);
    EstimationResult b =
        new MultipleSystemsEstimator(EstimateOptions.published()).estimate(data, design);
    assertEquals(a.total(), b.total(), "same seed, same result");
    assertEquals(10, a.imputations());
    assertEquals(0, a.dropped());
    assertEquals(data.size(), a.listed());
    assertTrue(Math.abs(a.total().estimate() - 20_000) < 1_500, a.total().toString());
    double listedInStrata = a.strata().stream().mapToDouble(StratumEstimate::listed).sum();
    assertEquals(data.size(), listedInStrata, 0.02 * data.size());
  }

  @Test
  void imputationDrawsDependOnListMembership() {
    // Everyone only on list 3 is male; imputed sexes of list-3-only people must be (nearly) all
    // male.
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("sex");
    Random random = new Random(4);
    for (int i = 0; i < 4_000; i++) {
      boolean onlyThird = i % 4 == 0;
      boolean[] on =
          onlyThird
              ? new boolean[] {false, false, true}
              : new boolean[] {true, random.nextBoolean(), false};
      String sex = onlyThird ? "male" : random.nextBoolean() ? "male" : "female";
      b.add(on, i % 10 == 0 ? null : sex);
    }
    MembershipTable data = b.build();
    MembershipTable completed = new ChainedImputer(data, List.of("sex"), 5).impute(new Random(9));
    Variable sex = completed.variable("sex");
    int male = sex.levels().indexOf("male");
    int imputedThird = 0;
    int imputedThirdMale = 0;
    for (int person = 0; person < data.size(); person++) {
      if (data.variable("sex").missing(person) && data.pattern(person) == 0b100) {
        imputedThird++;
        imputedThirdMale += sex.values()[person] == male ? 1 : 0;
      }
    }
    assertTrue(imputedThird > 50);
    assertTrue(imputedThirdMale >= imputedThird - 2, imputedThirdMale + " of " + imputedThird);
  }

  @Test
  void bootstrapStrataCombineReplicateWise() {
    MembershipTable data = population(5, 20_000, 0);
    EstimateOptions options =
        EstimateOptions.published()
            .withAverageInterval(AverageInterval.BOOTSTRAP)
            .withBootstrapReplicates(200);
    EstimationResult r =
        new MultipleSystemsEstimator(options)
            .estimate(data, Design.stratified(List.of("sex"), Map.of()));
    double sumOfLowers = r.strata().stream().mapToDouble(s -> s.total().lower()).sum();
    double sumOfUppers = r.strata().stream().mapToDouble(s -> s.total().upper()).sum();
    // Independent strata: the combined interval is narrower than the sum of the bounds.
    assertTrue(
        r.total().lower() > sumOfLowers && r.total().upper() < sumOfUppers, r.total().toString());
    assertTrue(r.method().stream().anyMatch(m -> m.contains("bootstrap")));
  }

  @Test
  void unknownVariableFailsNamingIt() {
    MembershipTable data = population(6, 1_000, 0);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                new MultipleSystemsEstimator(EstimateOptions.published())
                    .estimate(data, Design.stratified(List.of("region"), Map.of())));
    assertTrue(e.getMessage().contains("region"), e.getMessage());
  }
}
