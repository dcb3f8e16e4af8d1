package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed prefixes order keys as {@link String#compareTo} does whenever they differ. */
class LocalityTest {

  @Test
  void differentPrefixesOrderAsTheStringsDo() {
    String[] keys = {
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
      null
    };
    Random random = new Random(3);
    String[] more = new String[400];
    for (int i = 0; i < more.length; i++) {
      char[] c = new char[random.nextInt(6)];
      for (int j = 0; j < c.length; j++) {
        c[j] = "ab\u0000\u0645\uFFFF".charAt(random.nextInt(5));
      }
      more[i] = new String(c);
    }
    for (String[] set : new String[][] {keys, more}) {
      long[] p = Locality.prefixes(set);
      for (int x = 0; x < set.length; x++) {
        for (int y = 0; y < set.length; y++) {
          if (set[x] == null || set[y] == null || p[x] == p[y]) {
            continue;
          }
          assertEquals(
              Integer.signum(set[x].compareTo(set[y])),
              Integer.signum(Long.compareUnsigned(p[x], p[y])),
              set[x] + " / " + set[y]);
        }
      }
    }
  }
}
