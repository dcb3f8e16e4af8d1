package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-script and token-cutting rules, on small artificial registers (name parts combined at
 * random, no real person): romanizations that keep the article's letters, write each Arabic letter,
 * drop a final h or write ذ as z; compounds cut differently in the two scripts; the order rule;
 * counts above the exact-count threshold; renumbering without re-analysis.
 */
class CrossScriptTest {

  private static SearchDocument doc(String id, long order, String ar, String en) {
    return new SearchDocument(
        id,
        order,
        ar == null ? List.of() : List.of(ar),
        en == null ? List.of() : List.of(en),
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }

  /** Distractors sharing common given names, so a hit must come from the rule under test. */
  private static List<SearchDocument> register(SearchDocument... targets) {
    List<SearchDocument> all = new ArrayList<>(List.of(targets));
    String[] given = {"محمد", "احمد", "خالد", "سامي", "يوسف"};
    String[] family = {"النجار", "الحداد", "السيد", "حسن", "الخطيب"};
    long order = targets.length;
    for (String g : given) {
      for (String f : family) {
        all.add(doc("d" + order, order++, g + " علي " + f, null));
      }
    }
    return all;
  }

  private static String top(PersonSearch s, String q) {
    List<SearchHit> hits = s.search(SearchRequest.of(q, 3)).hits();
    return hits.isEmpty() ? null : hits.get(0).id();
  }

  @Test
  void romanizationsFindArabicOnlyPersons() {
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(
          register(
              doc("t1", 0, "سمير رفيق اللحام", null),
              doc("t2", 1, "خالد سالم شملخ", null),
              doc("t3", 2, "معاذ جميل الفصيح", null),
              doc("t4", 3, "ناصر موسى ابوالعيش", null)));
      assertEquals("t1", top(s, "Samir Rafiq Allham"), "the article's l kept in the letters");
      assertEquals("t2", top(s, "Khaled Salem Shmlkh"), "a family name written without vowels");
      assertEquals("t3", top(s, "Moaz Jamel Alfsih"), "ذ as z, a final ح dropped");
      assertEquals("t4", top(s, "Nasser Mousa Abual-eish"), "a compound written apart");
    }
  }

  @Test
  void compoundsCutDifferentlyMeetAcrossScripts() {
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(
          register(
              doc("t1", 0, null, "Sami Abd Hassan Alnajjar"),
              doc("t2", 1, "عبدالكريم اياد نسمان", null),
              doc("t3", 2, null, "Khaled Abual-nour")));
      assertEquals("t1", top(s, "سامي عبدالكريم حسن النجار"), "Abd written for عبدالكريم");
      assertEquals("t2", top(s, "Abd Eyad Nisaman"), "Abd Eyad is not one compound");
      assertEquals("t3", top(s, "خالد ابوالنور"), "a Latin compound written apart");
    }
  }

  @Test
  void nonsenseStillFindsNothing() {
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(register(doc("t1", 0, "خالد سالم شملخ", null)));
      assertEquals(0, s.search(SearchRequest.of("zzzzqqq", 10)).total());
    }
  }

  @Test
  void tokensInTheChainsOrderRankFirst() {
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(
          List.of(
              doc("reversed", 0, "يوسف خالد سامي", null),
              doc("inOrder", 1, "سامي خالد يوسف", null),
              doc("swapped", 2, "احمد محمد", null),
              doc("straight", 3, "محمد احمد", null)));
      // Three of four tokens in order (a missing father) above the same three reversed.
      List<SearchHit> hits = s.search(SearchRequest.of("سامي خالد حسن يوسف", 3)).hits();
      assertEquals("inOrder", hits.get(0).id(), hits.toString());
      List<SearchHit> two = s.search(SearchRequest.of("محمد احمد", 3)).hits();
      assertEquals("straight", two.get(0).id(), two.toString());
      assertEquals("swapped", two.get(1).id(), "out of order is still found");
    }
  }

  @Test
  void theFamilyNameWrittenFirstIsInOrder() {
    assertTrue(new TokenOrder("Hassan Sami").inOrder(null, "Sami Khaled Hassan"));
    assertTrue(new TokenOrder("حسن سامي").inOrder("سامي خالد حسن", null));
    assertFalse(new TokenOrder("خالد سامي حسن").inOrder("سامي خالد حسن", null));
  }

  @Test
  void keptFormsOfANameGiveTheSameOrderAsTheName() {
    NameTerms names = new NameTerms();
    TokenOrder latin = new TokenOrder("Sami Hassan", names);
    for (String name :
        List.of("Sami Khaled Hassan", "Hassan Sami", "Khaled Hassan", "سامي خالد حسن")) {
      assertEquals(latin.inOrder(null, name), latin.inOrderOf(latin.formsOf(name)), name);
    }
    TokenOrder arabic = new TokenOrder("خالد سامي حسن", names);
    for (String name : List.of("سامي خالد حسن", "خالد سامي حسن", "Khaled Sami Hassan")) {
      assertEquals(arabic.inOrder(null, name), arabic.inOrderOf(arabic.formsOf(name)), name);
    }
    assertFalse(arabic.inOrderOf(arabic.formsOf("سامي خالد حسن")));
    assertTrue(new TokenOrder("Sami", names).inOrderOf(List.of()), "one token is always in order");
  }

  @Test
  void manyHitsAreCountedUpToTheLimit() {
    List<SearchDocument> docs = new ArrayList<>();
    // A quarter of them are النجار: fewer than the limit, so counted exactly.
    for (int i = 0; i < Searching.COUNT_EXACTLY_UP_TO + 200; i++) {
      docs.add(doc("p" + i, i, "محمد سامي " + (i % 4 == 0 ? "النجار" : "الحداد"), null));
    }
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(docs);
      SearchPage page = s.search(SearchRequest.of("محمد", 10));
      assertFalse(page.totalExact());
      assertEquals(Searching.COUNT_EXACTLY_UP_TO, page.total(), "shown as more than 100");
      assertTrue(s.search(SearchRequest.of("محمد النجار", 10)).totalExact());
    }
  }

  @Test
  void aMovedPersonIsRenumberedNotReindexed() {
    try (PersonSearch s = PersonSearch.inMemory()) {
      s.sync(List.of(doc("a", 0, "سامي خالد", null), doc("b", 1, "يوسف حسن", null)), "v1");
      PersonSearch.SyncResult r = s.sync(List.of(doc("b", 0, "يوسف حسن", null)), "v2");
      assertEquals(1, r.deleted());
      assertEquals(1, r.renumbered());
      assertEquals(0, r.replaced() + r.added());
      assertEquals(0, s.search(SearchRequest.of("يوسف حسن", 3)).hits().get(0).order());
      assertEquals("v2", s.state());
      assertTrue(s.sync(List.of(doc("b", 0, "يوسف حسن", null)), "v2").upToDate());
    }
  }
}
