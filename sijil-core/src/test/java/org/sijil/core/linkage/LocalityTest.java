package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.record.CasualtyRecord;

/**
 * Ranks order keys as {@link String#compareTo} does, nulls last; a job's records are in name order,
 * ties and absent names in input order, each side of a link on its own.
 */
class LocalityTest {

  private static final String[] EDGES = {
    "",
    "a",
    "ab",
    "ab\u0000",
    "ab\u0000x",
    "abc",
    "abcd",
    "abcde",
    "abd",
    "b",
    "محمد",
    "محمد علي",
    "محمود",
    "\uFFFF",
    "\uFFFF\uFFFF\uFFFF\uFFFFz",
    null,
    "abc",
    null
  };

  private static String[] random(int n, long seed) {
    Random random = new Random(seed);
    String[] more = new String[n];
    for (int i = 0; i < more.length; i++) {
      if (random.nextInt(10) == 0) {
        continue;
      }
      char[] c = new char[random.nextInt(6)];
      for (int j = 0; j < c.length; j++) {
        c[j] = "ab\u0000\u0645\uFFFF".charAt(random.nextInt(5));
      }
      more[i] = new String(c);
    }
    return more;
  }

  @Test
  void ranksOrderAsTheStringsDoWithNullsLast() {
    for (String[] set : new String[][] {EDGES, random(400, 3), new String[0], {null, null}}) {
      int[] rank = Locality.ranks(set);
      for (int x = 0; x < set.length; x++) {
        for (int y = 0; y < set.length; y++) {
          int expected =
              set[x] == null || set[y] == null
                  ? Boolean.compare(set[x] == null, set[y] == null)
                  : Integer.signum(set[x].compareTo(set[y]));
          assertEquals(
              expected, Integer.signum(Integer.compare(rank[x], rank[y])), set[x] + " / " + set[y]);
        }
      }
    }
  }

  /**
   * Keys that share long prefixes, over an alphabet of {@code letters} chars: the packed prefixes
   * of the sort hold fewer chars the more letters the keys use.
   */
  private static String[] sharing(int n, int letters, long seed) {
    Random random = new Random(seed);
    String[] given = {"محمد ", "عبد الله ", "abu ", "", "\u0000\u0000", "\uFFFF"};
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder(given[random.nextInt(given.length)]);
      int more = random.nextInt(14);
      for (int j = 0; j < more; j++) {
        sb.append((char) (random.nextBoolean() ? 0x620 + random.nextInt(letters) : 'a'));
      }
      keys[i] = random.nextInt(20) == 0 ? null : sb.toString();
    }
    return keys;
  }

  @Test
  void ranksOrderAsTheStringsDoOverSmallAndLargeAlphabets() {
    for (int letters : new int[] {1, 3, 40, 70, 5000, 0xF9DF}) {
      String[] keys = sharing(3000, letters, letters);
      int[] rank = Locality.ranks(keys, 2);
      Integer[] byString = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
      java.util.Arrays.sort(
          byString,
          Comparator.comparing(
              (Integer i) -> keys[i], Comparator.nullsLast(Comparator.naturalOrder())));
      for (int i = 1; i < byString.length; i++) {
        String a = keys[byString[i - 1]];
        String b = keys[byString[i]];
        int expected = java.util.Objects.equals(a, b) ? 0 : -1;
        assertEquals(
            expected,
            Integer.signum(Integer.compare(rank[byString[i - 1]], rank[byString[i]])),
            letters + " letters: " + a + " / " + b);
      }
    }
  }

  @Test
  void recordsAreInNameOrderTiesInInputOrderEachSideApart() {
    String[] names = random(300, 7);
    names[5] = "  ";
    names[9] = " ab ";
    List<CasualtyRecord> records = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      records.add(
          new CasualtyRecord(
              i + 1, null, names[i], null, null, null, null, null, null, null, Map.of()));
    }
    int left = 120;
    int[] order = Locality.byName(DefaultSpecs.casualtyLists(), records, left);
    String[] key = new String[names.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = names[i] == null || names[i].isBlank() ? null : names[i].strip();
    }
    Comparator<Integer> reference =
        Comparator.<Integer, Boolean>comparing(i -> key[i] == null)
            .thenComparing(i -> key[i] == null ? "" : key[i])
            .thenComparing(i -> i);
    int[] expected =
        IntStream.concat(
                IntStream.range(0, left).boxed().sorted(reference).mapToInt(i -> i),
                IntStream.range(left, names.length).boxed().sorted(reference).mapToInt(i -> i))
            .toArray();
    assertArrayEquals(expected, order);
  }

  @Test
  void ranksAndOrderAreTheSameOnAnyNumberOfThreads() {
    String[] keys = random(3 * Workers.SORT_GRAIN + 7, 11);
    int[] one = Locality.ranks(keys, 1);
    for (int threads = 2; threads <= 4; threads++) {
      assertArrayEquals(one, Locality.ranks(keys, threads), threads + " threads");
    }
    List<CasualtyRecord> records = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      records.add(
          new CasualtyRecord(
              i + 1, null, keys[i], null, null, null, null, null, null, null, Map.of()));
    }
    int[] order = Locality.byName(DefaultSpecs.casualtyLists(), records, 1000);
    assertArrayEquals(order, Locality.byName(DefaultSpecs.casualtyLists(), records, 1000, 3));
  }

  @Test
  void theOrderHandsOnEachPositionsNameAsRead() {
    String[] names = random(300, 13);
    names[5] = "  ";
    names[9] = " ab ";
    List<CasualtyRecord> records = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      records.add(
          new CasualtyRecord(
              i + 1, null, names[i], null, null, null, null, null, null, null, Map.of()));
    }
    Locality.Order order = Locality.ordered(DefaultSpecs.casualtyLists(), records, 120, 2);
    assertArrayEquals(
        Locality.byName(DefaultSpecs.casualtyLists(), records, 120), order.external());
    assertEquals("name_ar", order.field());
    List<CasualtyRecord> ordered = RecordViews.permuted(records, order.external());
    assertArrayEquals(RecordTable.texts("name_ar", ordered), order.texts());
  }
}
