package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Names kept by named query ({@link AlternativeNames}) are those the query's text gives, for an
 * equal query built again on a later page too; names not of the reasons' form are not kept; the
 * bound holds.
 */
class AlternativeNamesTest {

  @Test
  void keptNamesAreThoseOfTheText() {
    AlternativeNames names = new AlternativeNames();
    for (String term : new String[] {"x", "x,y)", "محمد"}) {
      String name = "0|EXACT|" + term;
      Query inner = new TermQuery(new Term("ar", term));
      assertEquals(name, names.of(NamedMatches.wrapQuery(name, inner), inner));
      Query again = new TermQuery(new Term("ar", term));
      assertEquals(name, names.of(NamedMatches.wrapQuery(name, again), again));
    }
    assertEquals(3, names.size());
  }

  @Test
  void equalInnerQueriesUnderOtherNamesKeepTheirOwnNames() {
    AlternativeNames names = new AlternativeNames();
    Query inner = new TermQuery(new Term("ar", "x"));
    assertEquals("0|EXACT|x", names.of(NamedMatches.wrapQuery("0|EXACT|x", inner), inner));
    assertEquals("1|EXACT|x", names.of(NamedMatches.wrapQuery("1|EXACT|x", inner), inner));
  }

  @Test
  void namesNotOfTheReasonsFormAreNotKept() {
    AlternativeNames names = new AlternativeNames();
    Query inner = new TermQuery(new Term("ar", "x"));
    assertNull(names.of(NamedMatches.wrapQuery("not a reason", inner), inner));
    assertEquals(0, names.size());
  }

  @Test
  void theBoundHolds() {
    AlternativeNames names = new AlternativeNames();
    for (int i = 0; i < AlternativeNames.LIMIT + 10; i++) {
      Query inner = new TermQuery(new Term("ar", "t" + i));
      String name = "0|EXACT|t" + i;
      assertEquals(name, names.of(NamedMatches.wrapQuery(name, inner), inner));
    }
    assertTrue(names.size() <= AlternativeNames.LIMIT);
  }
}
