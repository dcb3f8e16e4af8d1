package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One {@link TokenOrder} placing a page's names (name tokens worked out once and kept) answers as a
 * fresh one per name does, for queries of each size in both scripts against synthetic names.
 */
class TokenOrderTest {

  @Test
  void aPagesKeptPlacingsGiveTheOrderOfFreshOnes() {
    List<String> arabic = new ArrayList<>();
    List<String> latin = new ArrayList<>();
    for (SearchDocument d : SynthPersons.documents(SynthPersons.records(400, 7))) {
      arabic.addAll(d.arabicNames());
      latin.addAll(d.latinNames());
    }
    NameTerms names = new NameTerms();
    int outOfOrder = 0;
    for (List<String> pool : List.of(arabic, latin)) {
      for (int q = 0; q < 40; q++) {
        String query = queryFrom(pool.get(q * 7 % pool.size()), pool.get(q), q);
        TokenOrder page = new TokenOrder(query, names);
        for (int k = 0; k < 200; k++) {
          List<String> from = k % 2 == 0 ? arabic : latin;
          String name = from.get((q * 31 + k) % from.size());
          boolean kept = page.inOrderOf(page.formsOf(name));
          TokenOrder fresh = new TokenOrder(query, names);
          assertEquals(fresh.inOrderOf(fresh.formsOf(name)), kept, query + " / " + name);
          outOfOrder += kept ? 0 : 1;
        }
      }
    }
    assertTrue(outOfOrder > 0, "some names have the query out of order");
  }

  /** Up to four tokens of two names, mixed, so that some come out of order. */
  private static String queryFrom(String a, String b, int q) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 1 + q % 4; i++) {
      tokens.add(i % 2 == 0 ? x[(i + q) % x.length] : y[i % y.length]);
    }
    return String.join(" ", tokens);
  }
}
