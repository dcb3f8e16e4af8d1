package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;

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

  /** Ids that count up (hash codes next to each other) must not pile into one part of the table. */
  @Test
  void countingIdsSpreadOverTheTable() {
    FirstRowOfId table = new FirstRowOfId();
    for (int i = 0; i < 500_000; i++) {
      table.putIfAbsent("P" + i, i);
      table.putIfAbsent(Integer.toString(i), i);
    }
    assertEquals(1_000_000, table.size());
    org.junit.jupiter.api.Assertions.assertTrue(
        table.longestRun() < 200, "longest run of slots " + table.longestRun());
  }

  @Test
  void theFirstRowStays() {
    FirstRowOfId table = new FirstRowOfId();
    assertEquals(FirstRowOfId.NONE, table.putIfAbsent("", 4));
    assertEquals(4, table.putIfAbsent("", 9));
    assertEquals(4, table.putIfAbsent("", 12));
  }

  @Test
  void idsPastTheLimitStopWithTheFileRowAndField() {
    FirstRowOfId table = new FirstRowOfId(10);
    assertEquals(FirstRowOfId.NONE, table.putIfAbsent("P123", 1));
    assertEquals(FirstRowOfId.NONE, table.putIfAbsent("P456", 2));
    FirstRowOfId.Full full =
        assertThrows(FirstRowOfId.Full.class, () -> table.putIfAbsent("P789", 3));
    // The table is as before: the id that did not fit was not kept, the others still answer.
    assertEquals(2, table.size());
    assertEquals(1, table.putIfAbsent("P123", 4));
    assertEquals(10, full.mostText());
    UserError error = ListRead.tooMuchIdText(Path.of("lists", "moh.csv"), 3, full);
    String message = error.getMessage();
    assertTrue(
        message.startsWith(Path.of("lists", "moh.csv") + ": data row 3, field id:"), message);
    assertTrue(message.contains("more than 10 characters"), message);
  }
}
