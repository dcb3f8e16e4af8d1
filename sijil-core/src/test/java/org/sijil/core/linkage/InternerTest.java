package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InternerTest {

  /** Ids are the order of first appearance, whatever the path: one by one, in batches, whole. */
  @Test
  void idsAreTheOrderOfFirstAppearanceOnEveryPath() {
    Random random = new Random(3);
    String[] values = new String[50_000];
    for (int i = 0; i < values.length; i++) {
      // Many repeats, many distinct values (the table grows past its first size), some nulls.
      values[i] =
          random.nextInt(10) == 0 ? null : "v" + random.nextInt(random.nextBoolean() ? 20 : 20_000);
    }
    Map<String, Integer> expected = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    int[] ids = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        ids[i] = -1;
      } else {
        ids[i] = expected.computeIfAbsent(values[i], v -> expected.size());
        counts.merge(values[i], 1, Integer::sum);
      }
    }

    Interner.Interned whole = Interner.all(values);
    assertArrayEquals(ids, whole.ids());
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(counts.get(e.getKey()), whole.count(e.getValue()), e.getKey());
    }

    Interner one = new Interner();
    Interner batched = new Interner();
    int[] batchIds = new int[values.length];
    for (int from = 0; from < values.length; from += 777) {
      int m = Math.min(values.length - from, 777);
      Interner.Batch batch = new Interner.Batch(m);
      for (int i = 0; i < m; i++) {
        batch.set(i, values[from + i]);
      }
      System.arraycopy(batched.ids(batch), 0, batchIds, from, m);
    }
    assertArrayEquals(ids, batchIds);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        assertEquals(ids[i], one.id(new String(values[i])));
      }
    }
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(counts.get(e.getKey()), one.count(e.getValue()));
      assertEquals(counts.get(e.getKey()), batched.count(e.getValue()));
    }
  }
}
