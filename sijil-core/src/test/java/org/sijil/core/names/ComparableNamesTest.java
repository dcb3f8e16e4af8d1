package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ComparableNames} keeps each token's forms and makes the very names {@link
 * ComparableName}'s own factories make, whether a token is met first or again, and whatever the
 * name's lam-alef mode (the same token reads otherwise in a name damaged by an extractor).
 */
class ComparableNamesTest {

  /** Made-up names: one token in names of every lam-alef mode, aliases, a compound. */
  private static final List<String> ARABIC =
      List.of(
          "صالح محمد احمد",
          "صالح عبدهللا الحسن",
          "صالح علاء محمود",
          "عبد الله صالح (ابو علي)",
          "عالء صالح",
          "محمد احمد");

  private static final List<String> LATIN =
      List.of("Salih Mohammed Ahmad", "Mohammed al-Hasan", "Abdallah Salih", "Ala Salih");

  @Test
  void makesTheNamesTheFactoriesMakeOnFirstAndLaterMeetings() {
    ComparableNames names = new ComparableNames(1_000);
    for (int round = 0; round < 2; round++) {
      for (String raw : ARABIC) {
        assertSame(ComparableName.arabic(raw), names.arabic(raw));
        assertSame(ComparableName.of(NameParser.parse(raw)), names.of(NameParser.parse(raw)));
      }
      for (String raw : LATIN) {
        assertSame(ComparableName.latin(raw), names.latin(raw));
      }
    }
  }

  @Test
  void makesTokensAfreshOnceFull() {
    ComparableNames names = new ComparableNames(1);
    for (String raw : ARABIC) {
      assertSame(ComparableName.arabic(raw), names.arabic(raw));
    }
    for (String raw : LATIN) {
      assertSame(ComparableName.latin(raw), names.latin(raw));
    }
  }

  private static void assertSame(ComparableName want, ComparableName got) {
    assertEquals(want.toString(), got.toString());
    assertArrayEquals(want.skeleton, got.skeleton);
    assertArrayEquals(want.key, got.key);
    assertArrayEquals(want.latin, got.latin);
    assertArrayEquals(want.aliases, got.aliases);
    assertEquals(want.familyCore, got.familyCore);
    assertArrayEquals(want.pairKey, got.pairKey);
    assertEquals(want.readings == null, got.readings == null);
    if (want.readings != null) {
      for (int i = 0; i < want.readings.length; i++) {
        assertArrayEquals(want.readings[i], got.readings[i]);
      }
    }
    assertEquals(NameSimilarity.chain(want, want), NameSimilarity.chain(got, want));
  }
}
