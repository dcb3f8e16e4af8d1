package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The chained-equations imputer's bookkeeping, each rule on a case where the random stream makes
 * the answer exact: the start values, which variables take part in the cycles, and the donor pool
 * at its edges.
 */
class ChainedImputerRulesTest {

  private static final List<String> LISTS = List.of("l1", "l2", "l3");

  /**
   * Without a cycle each missing value is its start value: the observed value at an index drawn
   * uniformly from the observed rows, drawn row by row in order. Observed here: rows 0, 2 and 4
   * (ages 30, 45, 60).
   */
  @Test
  void withoutACycleAMissingValueIsADrawnObservedValue() {
    MembershipTable.Builder b = MembershipTable.builder(LISTS).numeric("age");
    Integer[] ages = {30, null, 45, null, 60, null};
    for (int i = 0; i < ages.length; i++) {
      b.add(new boolean[] {true, i % 2 == 0, false}, ages[i]);
    }
    double[] imputed =
        new ChainedImputer(b.build(), List.of("age"), 0)
            .impute(new Random(21))
            .variable("age")
            .values();
    double[] observed = {30, 45, 60};
    Random same = new Random(21);
    double[] expected = {
      30, observed[same.nextInt(3)], 45, observed[same.nextInt(3)], 60, observed[same.nextInt(3)]
    };
    assertArrayEquals(expected, imputed);
  }

  /**
   * A used variable with nothing missing is not imputed, so it takes no draw from the random
   * stream: the copy equals the one where the same variable is named as an auxiliary predictor (the
   * predictors are the same columns in the same order either way).
   */
  @Test
  void aUsedVariableWithNothingMissingOnlyPredicts() {
    MembershipTable data = sexCompleteAgeWithGaps(400, 31);
    double[] asUsed =
        new ChainedImputer(data, List.of("sex", "age"), 2)
            .impute(new Random(32))
            .variable("age")
            .values();
    double[] asAuxiliary =
        new ChainedImputer(data, List.of("age"), List.of("sex"), 2)
            .impute(new Random(32))
            .variable("age")
            .values();
    assertArrayEquals(asAuxiliary, asUsed);
  }

  /** A variable named both as used and as auxiliary is imputed, never made its own predictor. */
  @Test
  void aVariableNamedUsedAndAuxiliaryIsOnlyImputed() {
    MembershipTable data = sexWithGaps(400, 33);
    double[] alone =
        new ChainedImputer(data, List.of("sex"), 2).impute(new Random(34)).variable("sex").values();
    double[] named =
        new ChainedImputer(data, List.of("sex"), List.of("sex"), 2)
            .impute(new Random(34))
            .variable("sex")
            .values();
    assertArrayEquals(alone, named);
  }

  /**
   * The donor pool at its edges, on 1..10 and hand-walked: a target equal to the first value takes
   * the first five; at 1.5 the tie between 1 and 2 goes to the lower, then 3, 4 and 5 (reach 3.5),
   * so 6 is not a donor.
   */
  @Test
  void donorsAtTheLowEndAreTheFiveLowest() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(Set.of(0, 1, 2, 3, 4), donors(sorted, 1));
    assertEquals(Set.of(0, 1, 2, 3, 4), donors(sorted, 1.5));
  }

  /**
   * Ties with the farthest donor join on the low side too: for 5 among 3, 3, 5, 5, 5, 5, 7 the walk
   * takes 5, 5, 5, 5 and then (tie 2 against 2, the lower first) the 3 at index 1, reach 2; the 3
   * at index 0 and the 7 are as far, so every value is a donor.
   */
  @Test
  void donorsTiedWithTheFarthestJoinOnBothSides() {
    double[] sorted = {3, 3, 5, 5, 5, 5, 7};
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), donors(sorted, 5));
  }

  private static Set<Integer> donors(double[] sorted, double target) {
    Set<Integer> seen = new TreeSet<>();
    Random random = new Random(35);
    for (int i = 0; i < 2_000; i++) {
      seen.add(ChainedImputer.nearestDonor(sorted, target, random));
    }
    return seen;
  }

  private static MembershipTable sexCompleteAgeWithGaps(int n, long seed) {
    MembershipTable.Builder b = MembershipTable.builder(LISTS).categorical("sex").numeric("age");
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      boolean[] on = {random.nextBoolean(), random.nextBoolean(), true};
      boolean female = random.nextBoolean();
      Integer age = random.nextInt(6) == 0 ? null : (female ? 30 : 50) + random.nextInt(20);
      b.add(on, female ? "female" : "male", age);
    }
    return b.build();
  }

  private static MembershipTable sexWithGaps(int n, long seed) {
    MembershipTable.Builder b = MembershipTable.builder(LISTS).categorical("sex");
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      boolean[] on = {true, random.nextBoolean(), random.nextBoolean()};
      String sex = random.nextInt(5) == 0 ? null : on[1] ? "female" : "male";
      b.add(on, sex);
    }
    return b.build();
  }
}
