package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The chained-equations imputer on its own (issue 20: its package's tests reached only the binary
 * case): predictive mean matching for numbers, one-vs-rest draws for categories with more than two
 * levels, auxiliary predictors, and the small numeric helpers, each on hand-worked cases.
 */
class ChainedImputerTest {

  private static final boolean[] ONLY_FIRST = {true, false, false};
  private static final boolean[] ONLY_SECOND = {false, true, false};
  private static final boolean[] ONLY_THIRD = {false, false, true};

  @Test
  void missingAgesAreDrawnFromObservedAgesOfPeopleCaughtTheSameWay() {
    MembershipTable.Builder b = MembershipTable.builder(List.of("l1", "l2", "l3")).numeric("age");
    for (int i = 0; i < 3_000; i++) {
      boolean young = i % 2 == 0;
      b.add(young ? ONLY_FIRST : ONLY_SECOND, i % 10 == 0 ? null : (young ? 20 : 60) + i % 3);
    }
    MembershipTable data = b.build();
    MembershipTable completed = new ChainedImputer(data, List.of("age"), 3).impute(new Random(1));
    double[] before = data.variable("age").values();
    double[] after = completed.variable("age").values();
    int imputed = 0;
    int imputedNearTheirGroup = 0;
    Set<Double> observed = new TreeSet<>();
    Arrays.stream(before).filter(v -> !Double.isNaN(v)).forEach(observed::add);
    for (int i = 0; i < before.length; i++) {
      if (Double.isNaN(before[i])) {
        imputed++;
        assertTrue(observed.contains(after[i]), "a donor's value, not " + after[i]);
        double centre = data.pattern(i) == 0b001 ? 21 : 61;
        imputedNearTheirGroup += Math.abs(after[i] - centre) <= 1 ? 1 : 0;
      } else {
        assertEquals(before[i], after[i], "observed ages stay as they are");
      }
    }
    assertEquals(300, imputed);
    assertTrue(imputedNearTheirGroup >= imputed - 3, imputedNearTheirGroup + " of " + imputed);
  }

  @Test
  void aCategoryWithThreeLevelsFollowsTheCapturePattern() {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("place");
    boolean[][] patterns = {ONLY_FIRST, ONLY_SECOND, ONLY_THIRD};
    String[] places = {"north", "middle", "south"};
    for (int i = 0; i < 3_000; i++) {
      b.add(patterns[i % 3], i % 7 == 0 ? null : places[i % 3]);
    }
    MembershipTable data = b.build();
    Variable place =
        new ChainedImputer(data, List.of("place"), 3).impute(new Random(2)).variable("place");
    List<String> levels = place.levels();
    int imputed = 0;
    int agreeing = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.variable("place").missing(i)) {
        imputed++;
        String expected = places[Integer.numberOfTrailingZeros(data.pattern(i))];
        agreeing += levels.get((int) place.values()[i]).equals(expected) ? 1 : 0;
      }
    }
    assertTrue(imputed > 400, "imputed " + imputed);
    // One-vs-rest probabilities near 0.99 for the right level and 0.01 for each other are
    // normalised, so about one draw in fifty lands elsewhere; a scrambled level order gives a
    // third.
    assertTrue(agreeing >= 0.97 * imputed, agreeing + " of " + imputed);
    assertEquals(0, place.missingCount());
  }

  @Test
  void anAuxiliaryVariablePredictsButIsNeitherImputedNorChanged() {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("sex").categorical("place");
    Random random = new Random(3);
    for (int i = 0; i < 4_000; i++) {
      boolean[] on = {true, random.nextBoolean(), random.nextBoolean()};
      boolean north = i % 2 == 0;
      String place = i % 11 == 0 ? null : north ? "north" : "south";
      b.add(on, i % 9 == 0 ? null : north ? "male" : "female", place);
    }
    MembershipTable data = b.build();
    MembershipTable completed =
        new ChainedImputer(data, List.of("sex"), List.of("place"), 3).impute(new Random(4));
    assertArrayEquals(
        data.variable("place").values(),
        completed.variable("place").values(),
        "an auxiliary variable keeps its missing values");
    Variable sex = completed.variable("sex");
    int checked = 0;
    int agreeing = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.variable("sex").missing(i) && !data.variable("place").missing(i)) {
        checked++;
        boolean north = "north".equals(levelOf(data.variable("place"), i));
        agreeing += levelOf(sex, i).equals(north ? "male" : "female") ? 1 : 0;
      }
    }
    assertTrue(checked > 300, "checked " + checked);
    assertTrue(agreeing >= checked - 5, agreeing + " of " + checked);
  }

  @Test
  void aNumericAuxiliaryWithGapsIsUsedThroughItsMean() {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("sex").numeric("age");
    for (int i = 0; i < 2_000; i++) {
      boolean old = i % 2 == 0;
      b.add(
          i % 3 == 0 ? ONLY_FIRST : ONLY_SECOND,
          i % 8 == 0 ? null : old ? "female" : "male",
          i % 13 == 0 ? null : old ? 70 : 10);
    }
    MembershipTable data = b.build();
    Variable sex =
        new ChainedImputer(data, List.of("sex"), List.of("age"), 2)
            .impute(new Random(5))
            .variable("sex");
    int checked = 0;
    int agreeing = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.variable("sex").missing(i) && !data.variable("age").missing(i)) {
        checked++;
        boolean old = data.variable("age").values()[i] == 70;
        agreeing += levelOf(sex, i).equals(old ? "female" : "male") ? 1 : 0;
      }
    }
    assertEquals(0, sex.missingCount());
    assertTrue(agreeing >= checked - 3, agreeing + " of " + checked);
  }

  @Test
  void theSameSeedGivesTheSameCopyAndAnotherSeedAnother() {
    MembershipTable data = mixed(2_000, 6);
    ChainedImputer imputer = new ChainedImputer(data, List.of("sex", "age"), 2);
    MembershipTable a = imputer.impute(new Random(7));
    MembershipTable b = imputer.impute(new Random(7));
    MembershipTable c = imputer.impute(new Random(8));
    assertArrayEquals(a.variable("age").values(), b.variable("age").values());
    assertArrayEquals(a.variable("sex").values(), b.variable("sex").values());
    assertFalse(Arrays.equals(a.variable("age").values(), c.variable("age").values()));
    assertEquals(0, a.variable("age").missingCount());
    assertTrue(data.variable("age").missingCount() > 0, "the input table is not changed");
  }

  @Test
  void aVariableWithNoObservedValueIsRefusedByName() {
    MembershipTable.Builder b = MembershipTable.builder(List.of("l1", "l2", "l3")).numeric("age");
    b.add(ONLY_FIRST, (Object) null);
    b.add(ONLY_SECOND, (Object) null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ChainedImputer(b.build(), List.of("age"), 1).impute(new Random(1)));
    assertTrue(e.getMessage().contains("age"), e.getMessage());
  }

  @Test
  void aCategoryWithOneLevelImputesThatLevel() {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("sex");
    for (int i = 0; i < 50; i++) {
      b.add(i % 2 == 0 ? ONLY_FIRST : ONLY_THIRD, i % 5 == 0 ? null : "female");
    }
    Variable sex =
        new ChainedImputer(b.build(), List.of("sex"), 2).impute(new Random(1)).variable("sex");
    assertEquals(List.of("female"), sex.levels());
    for (double v : sex.values()) {
      assertEquals(0.0, v);
    }
  }

  @Test
  void theNearestDonorIsAmongTheFiveClosestWithTiesIncluded() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // 5.4: the five closest are 5, 6, 4, 7 and 3 (indexes 2..6), reach 2.4.
    assertEquals(Set.of(2, 3, 4, 5, 6), donors(sorted, 5.4));
    // Every donor tied with the fifth is as likely as the others.
    double[] ties = {1, 5, 5, 5, 5, 5, 5, 5, 9};
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), donors(ties, 5));
    // Fewer observed values than donors: all of them.
    assertEquals(Set.of(0, 1), donors(new double[] {1, 2}, 10));
    // Beyond either end: the five at that end.
    assertEquals(Set.of(5, 6, 7, 8, 9), donors(sorted, 99));
    assertEquals(Set.of(0, 1, 2, 3, 4), donors(sorted, -99));
  }

  @Test
  void sortTogetherSortsKeysAndCarriesEachValueWithItsKey() {
    Random random = new Random(11);
    double[] keys = new double[1_000];
    double[] values = new double[keys.length];
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextInt(50);
      values[i] = keys[i] * 1_000 + i;
      pairs.add(keys[i] + ":" + values[i]);
    }
    ChainedImputer.sortTogether(keys, values, 0, keys.length - 1);
    List<String> after = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      assertTrue(i == 0 || keys[i - 1] <= keys[i], "sorted at " + i);
      assertEquals(keys[i], Math.floor(values[i] / 1_000), "value moved with its key at " + i);
      after.add(keys[i] + ":" + values[i]);
    }
    pairs.sort(null);
    after.sort(null);
    assertEquals(pairs, after);
  }

  @Test
  void backSolveTransposeSolvesTheTransposedTriangle() {
    // L = [[2, 0], [1, 3]], so Lᵀ v = e is 2 v0 + v1 = 5, 3 v1 = 6.
    double[] e = {5, 6};
    ChainedImputer.backSolveTranspose(new double[] {2, 0, 1, 3}, 2, e);
    assertArrayEquals(new double[] {1.5, 2}, e, 1e-12);
  }

  @Test
  void theRidgeAddsATinyAmountToTheDiagonalOnly() {
    double[] a = {4, 7, 7, 0};
    ChainedImputer.ridge(a, 2);
    assertEquals(4 + 1e-9 * 4 + 1e-8 * 4, a[0], 1e-15);
    assertEquals(4e-9, a[3], 1e-18);
    assertEquals(7, a[1]);
    assertEquals(7, a[2]);
  }

  @Test
  void chiSquareDrawsHaveTheirMeanAndVariance() {
    Random random = new Random(12);
    int df = 200;
    double sum = 0;
    double sumSq = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      double x = ChainedImputer.chiSquare(df, random);
      assertTrue(x >= 1e-6);
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / n;
    double variance = sumSq / n - mean * mean;
    assertEquals(df, mean, 0.5, "mean");
    assertEquals(2.0 * df, variance, 0.05 * 2 * df, "variance");
  }

  private static Set<Integer> donors(double[] sorted, double target) {
    Set<Integer> seen = new TreeSet<>();
    Random random = new Random(13);
    for (int i = 0; i < 2_000; i++) {
      seen.add(ChainedImputer.nearestDonor(sorted, target, random));
    }
    return seen;
  }

  private static String levelOf(Variable v, int person) {
    return v.levels().get((int) v.values()[person]);
  }

  private static MembershipTable mixed(int n, long seed) {
    MembershipTable.Builder b =
        MembershipTable.builder(List.of("l1", "l2", "l3")).categorical("sex").numeric("age");
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      boolean[] on = {random.nextBoolean(), random.nextBoolean(), true};
      b.add(
          on,
          random.nextInt(10) == 0 ? null : random.nextBoolean() ? "male" : "female",
          random.nextInt(10) == 0 ? null : 1 + random.nextInt(90));
    }
    return b.build();
  }
}
