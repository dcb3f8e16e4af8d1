package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/**
 * A rule's groups are exactly the records sharing its whole key: the candidate pairs are those of a
 * brute-force comparison of keys, whatever the high bits the sort uses.
 */
class BlockGroupsTest {

  private static List<CasualtyRecord> records(int persons, int n, long seed) {
    Random rnd = new Random(seed);
    List<Synthetic.Person> people = Synthetic.persons(persons, rnd);
    List<CasualtyRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Synthetic.record(people.get(rnd.nextInt(persons)), i + 1, rnd, rnd.nextInt(3) == 0));
    }
    return out;
  }

  private static Set<Long> enumerate(Candidates c) {
    Set<Long> seen = new HashSet<>();
    int[] count = new int[1];
    for (Candidates.Unit u : c.units) {
      c.forEach(
          u,
          true,
          (a, b) -> {
            count[0]++;
            seen.add(((long) a << 32) | b);
          });
    }
    assertEquals(seen.size(), count[0], "a pair enumerated twice");
    return seen;
  }

  private static void samePairsAsBruteForce(RecordTable t, LinkageSpec spec) {
    List<BlockingRuleSpec> rules = spec.blocking();
    BlockIndex[] built = new BlockIndex[rules.size()];
    long[][] keys = new long[rules.size()][];
    for (int r = 0; r < built.length; r++) {
      built[r] = new BlockIndex(rules.get(r), t, BlockIndex.Bounds.NONE);
      keys[r] = t.blockingKeys(rules.get(r));
    }
    Set<Long> expected = new HashSet<>();
    long[] perRule = new long[rules.size()];
    for (int a = 0; a < t.size(); a++) {
      for (int b = t.isLink() ? t.leftSize() : a + 1; b < t.size(); b++) {
        if (t.isLink() && a >= t.leftSize()) {
          break;
        }
        for (int r = 0; r < keys.length; r++) {
          if (keys[r][a] != FeatureColumn.MISSING && keys[r][a] == keys[r][b]) {
            expected.add(((long) a << 32) | b);
            perRule[r]++;
            assertTrue(built[r].pairs(a, b), rules.get(r).name() + " " + a + "," + b);
          } else {
            assertTrue(!built[r].pairs(a, b), rules.get(r).name() + " " + a + "," + b);
          }
        }
      }
    }
    for (int r = 0; r < built.length; r++) {
      assertEquals(perRule[r], built[r].pairs, rules.get(r).name());
    }
    assertTrue(expected.size() > 100, "a test with pairs");
    assertEquals(expected, enumerate(new Candidates(t, built)));
  }

  @Test
  @Tag("slow")
  void dedupePairsAreThoseOfEqualKeys() {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    List<CasualtyRecord> r = records(300, 700, 11);
    samePairsAsBruteForce(RecordTable.of(spec, r, r.size(), false), spec);
  }

  @Test
  void linkPairsAreThoseOfEqualKeysAcrossTheLists() {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    List<CasualtyRecord> r = records(300, 700, 12);
    samePairsAsBruteForce(RecordTable.of(spec, r, 350, true), spec);
  }

  @Test
  void keysOfAPartAreTheKeysRecordByRecord() {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    List<CasualtyRecord> r = records(100, 200, 13);
    RecordTable t = RecordTable.of(spec, r, r.size(), false);
    for (String field : List.of("name_ar", "name_en", "name", "dob", "age", "sex")) {
      FeatureColumn c = t.column(field);
      List<String> parts = new ArrayList<>(c.parts());
      parts.add(null);
      for (String part : parts) {
        IntToLongFunction keys = c.keys(part);
        for (int i = 0; i < t.size(); i++) {
          assertEquals(c.key(part, i), keys.applyAsLong(i), field + "." + part + " " + i);
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> t.column("name_ar").keys("nickname"));
  }

  /** Records packed as the sort packs them: the high bits of the key, then the index. */
  private static long packed(long key, int index) {
    return (key & (-1L << BlockIndex.INDEX_BITS)) | index;
  }

  @Test
  void keysSharingTheirHighBitsAreCutIntoOneRunEach() {
    long x = 0x1234_5678_9A00_0001L;
    long y = 0x1234_5678_9A00_0002L;
    long[] keys = {y, x, y, x, 42L << BlockIndex.INDEX_BITS};
    long[] run = {packed(y, 0), packed(x, 1), packed(y, 2), packed(x, 3), packed(keys[4], 4)};
    int end = BlockIndex.wholeKeyRun(run, 0, 4, keys);
    assertEquals(2, end);
    assertArrayEquals(new long[] {1, 3, 0, 2}, indices(run, 4));
    assertEquals(4, BlockIndex.wholeKeyRun(run, 2, 4, keys));
    assertEquals(5, BlockIndex.wholeKeyRun(run, 4, 5, keys), "a run of one");
  }

  private static long[] indices(long[] packed, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = packed[i] & ((1L << BlockIndex.INDEX_BITS) - 1);
    }
    return out;
  }
}
