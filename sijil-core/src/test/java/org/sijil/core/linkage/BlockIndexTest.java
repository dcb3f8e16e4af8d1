package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * Blocks over the size bound are windowed (sorted neighbourhood by date of death); the union of the
 * rules is still enumerated once, and every count matches the pairs enumerated.
 */
class BlockIndexTest {

  private static final BlockingRuleSpec FULL =
      new BlockingRuleSpec("ar_full", List.of("name_ar.full"));
  private static final BlockingRuleSpec GIVEN_FAMILY =
      new BlockingRuleSpec("ar_given_family", List.of("name_ar.given", "name_ar.family"));

  private static final String[] GIVEN = {"محمد", "أحمد", "علي"};

  /**
   * n records: the same full name for the first {@code sameName}, then given and father names
   * cycling; all of family حسن; records 2k and 2k+1 share a date of death (one person reported
   * twice), every seventh has none.
   */
  private static List<CasualtyRecord> records(int n, int sameName) {
    List<CasualtyRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String given = i < sameName ? "محمد" : GIVEN[i % GIVEN.length];
      String father = i < sameName || i % 2 == 0 ? "خالد" : "سالم";
      LocalDate dod = i % 7 == 6 ? null : LocalDate.of(2024, 1, 1).plusDays((i / 2) * 11L % 300);
      out.add(
          new CasualtyRecord(
              i + 1,
              null,
              given + " " + father + " يوسف حسن",
              null,
              Age.ofYears(20 + i % 50),
              null,
              Sex.MALE,
              null,
              dod,
              null,
              Map.of()));
    }
    return out;
  }

  private static RecordTable table(List<CasualtyRecord> records, int leftSize, boolean link) {
    LinkageSpec base = DefaultSpecs.casualtyLists();
    LinkageSpec spec = new LinkageSpec("t", base.comparisons(), List.of(FULL, GIVEN_FAMILY), null);
    return RecordTable.of(spec, records, leftSize, link);
  }

  private static Set<Long> enumerate(Candidates c, boolean exclusive, int[] count) {
    Set<Long> seen = new HashSet<>();
    for (Candidates.Unit u : c.units) {
      c.forEach(
          u,
          exclusive,
          (a, b) -> {
            count[0]++;
            seen.add(((long) a << 32) | b);
          });
    }
    return seen;
  }

  @Test
  void aBlockUnderTheBoundIsComparedWhole() {
    RecordTable t = table(records(40, 40), 40, false);
    BlockIndex whole = new BlockIndex(FULL, t, BlockIndex.Bounds.NONE);
    BlockIndex bounded = new BlockIndex(FULL, t, new BlockIndex.Bounds(40, 3));
    assertEquals(40L * 39 / 2, whole.pairs);
    assertEquals(whole.pairs, bounded.pairs);
    assertEquals(null, bounded.position);
  }

  @Test
  void aRuleWithoutAGroupKeepsNoArrayPerRecordAndPairsNoOne() {
    // Three records of three different full names: no group of two.
    RecordTable t = table(records(3, 0), 3, false);
    BlockIndex bi = new BlockIndex(FULL, t, BlockIndex.Bounds.DEFAULT);
    assertEquals(0, bi.groups());
    assertEquals(0L, bi.pairs);
    assertEquals(0, bi.group.length);
    assertFalse(bi.pairs(0, 1));
    assertFalse(bi.pairs(2, 2));
  }

  @Test
  void aBlockOverTheBoundIsWindowedByDateOfDeath() {
    int n = 60;
    int w = 4;
    RecordTable t = table(records(n, n), n, false);
    BlockIndex bi = new BlockIndex(FULL, t, new BlockIndex.Bounds(10, w));
    assertTrue(bi.windowed[0]);
    assertEquals((long) w * (n - w) + (long) w * (w - 1) / 2, bi.pairs);
    // Dates of death in order, missing ones last.
    for (int k = 1; k < bi.order.length; k++) {
      assertTrue(t.neighbourhoodKey(bi.order[k - 1]) <= t.neighbourhoodKey(bi.order[k]));
    }
    int[] count = new int[1];
    Set<Long> pairs = enumerate(new Candidates(t, new BlockIndex[] {bi}), true, count);
    assertEquals(bi.pairs, count[0]);
    assertEquals(bi.pairs, pairs.size());
    for (long p : pairs) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      assertTrue(a < b, "smaller record first");
      assertTrue(bi.pairs(a, b));
      assertTrue(Math.abs(bi.position[a] - bi.position[b]) <= w);
    }
    // Records reported dead on the same day are neighbours, hence paired.
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (t.neighbourhoodKey(a) == t.neighbourhoodKey(b)
            && t.neighbourhoodKey(a) < Integer.MAX_VALUE) {
          assertTrue(pairs.contains(((long) a << 32) | b), a + "," + b);
        }
      }
    }
  }

  @Test
  void theUnionOfWindowedRulesIsEnumeratedOnce() {
    int n = 90;
    RecordTable t = table(records(n, 45), n, false);
    BlockIndex.Bounds bounds = new BlockIndex.Bounds(12, 5);
    BlockIndex[] rules = {new BlockIndex(FULL, t, bounds), new BlockIndex(GIVEN_FAMILY, t, bounds)};
    Set<Long> expected = new HashSet<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (rules[0].pairs(a, b) || rules[1].pairs(a, b)) {
          expected.add(((long) a << 32) | b);
        }
      }
    }
    int[] count = new int[1];
    Set<Long> union = enumerate(new Candidates(t, rules), true, count);
    assertEquals(expected, union);
    assertEquals(expected.size(), count[0], "a pair enumerated twice");
    int[] all = new int[1];
    enumerate(new Candidates(t, rules), false, all);
    assertEquals(rules[0].pairs + rules[1].pairs, all[0]);
  }

  @Test
  void aWindowedLinkBlockPairsOnlyAcrossSides() {
    int n = 70;
    int left = 30;
    RecordTable t = table(records(n, n), left, true);
    BlockIndex bi = new BlockIndex(FULL, t, new BlockIndex.Bounds(10, 3));
    assertTrue(bi.windowed[0]);
    int[] count = new int[1];
    Set<Long> pairs = enumerate(new Candidates(t, new BlockIndex[] {bi}), true, count);
    assertEquals(bi.pairs, count[0]);
    assertEquals(bi.pairs, pairs.size());
    assertTrue(bi.pairs > 0 && bi.pairs < (long) left * (n - left));
    for (long p : pairs) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      assertTrue(a < left && b >= left, "left record first, right second");
      assertTrue(Math.abs(bi.position[a] - bi.position[b]) <= 3);
    }
  }

  @Test
  void aListWithoutDatesOfDeathLeavesWindowsInNameOrder() {
    List<CasualtyRecord> r = new ArrayList<>();
    for (CasualtyRecord c : records(60, 60)) {
      r.add(
          r.size() < 30
              ? c
              : new CasualtyRecord(
                  c.row(),
                  null,
                  c.nameAr(),
                  null,
                  c.age(),
                  null,
                  c.sex(),
                  null,
                  null,
                  null,
                  Map.of()));
    }
    RecordTable link = table(r, 30, true);
    for (int i = 0; i < r.size(); i++) {
      assertEquals(Integer.MAX_VALUE, link.neighbourhoodKey(i), "record " + i);
    }
    BlockIndex bi = new BlockIndex(FULL, link, new BlockIndex.Bounds(10, 3));
    int[] count = new int[1];
    enumerate(new Candidates(link, new BlockIndex[] {bi}), true, count);
    assertEquals(bi.pairs, count[0]);
    assertTrue(count[0] > 0);
    // The same records as one list: the dated ones are ordered by date.
    RecordTable dedupe = table(r, r.size(), false);
    assertTrue(dedupe.neighbourhoodKey(0) < Integer.MAX_VALUE);
  }

  @Test
  void recordsWithoutTheKeyAreInNoBlock() {
    List<CasualtyRecord> r = new ArrayList<>(records(30, 30));
    r.add(
        new CasualtyRecord(99, null, null, null, null, null, Sex.MALE, null, null, null, Map.of()));
    RecordTable t = table(r, r.size(), false);
    BlockIndex bi = new BlockIndex(FULL, t, new BlockIndex.Bounds(5, 2));
    assertFalse(bi.pairs(29, 30));
    assertEquals(-1, bi.position[30]);
    assertEquals(30, bi.order.length);
  }

  @Test
  void badBoundsAreRefusedByValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BlockIndex.Bounds(1, 5));
    assertTrue(e.getMessage().contains("1, 5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BlockIndex.Bounds(10, 0));
  }
}
