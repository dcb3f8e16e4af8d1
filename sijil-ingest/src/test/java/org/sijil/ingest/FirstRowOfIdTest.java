package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstRowOfIdTest {

  @Test
  void answersAsAMapsPutIfAbsent() {
    Random random = new Random(7);
    FirstRowOfId table = new FirstRowOfId();
    Map<String, Long> reference = new HashMap<>();
    for (long row = 1; row <= 200_000; row++) {
      // Ids of every shape, about a tenth repeated, with hash codes that collide ("Aa", "BB").
      String id =
          switch (random.nextInt(4)) {
            case 0 -> "P" + random.nextInt(150_000);
            case 1 -> Integer.toString(random.nextInt(60_000));
            case 2 -> "Aa".repeat(random.nextInt(4)) + "BB".repeat(random.nextInt(4)) + "#";
            default -> "رقم" + random.nextInt(20_000);
          };
      Long expected = reference.putIfAbsent(id, row);
      assertEquals(expected == null ? FirstRowOfId.NONE : expected, table.putIfAbsent(id, row), id);
    }
    assertEquals(reference.size(), table.size());
  }

  @Test
  void theFirstRowStays() {
    FirstRowOfId table = new FirstRowOfId();
    assertEquals(FirstRowOfId.NONE, table.putIfAbsent("", 4));
    assertEquals(4, table.putIfAbsent("", 9));
    assertEquals(4, table.putIfAbsent("", 12));
  }
}
