package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;

/** The one pair id of the web and the CLI, and the review verdicts. */
class PairIdTest {

  @Test
  void onePairHasOneIdWhicheverFormOrOrderIsTyped() {
    Linkage.Pair p = Linkage.Pair.parse("3:690~1:1346");
    assertEquals("1:1346~3:690", p.id());
    assertEquals(p, Linkage.Pair.parse("1:1346/3:690"));
    assertEquals(p, Linkage.Pair.parse(" 3:690/1:1346 "));
    assertEquals(p, Linkage.Pair.parse(p.id()));
    assertEquals("1:1346/3:690", p.toString(), "the log's subjects keep their form");
    UserError e = assertThrows(UserError.class, () -> Linkage.Pair.parse("1:1346"));
    assertTrue(e.getMessage().contains("RELEASE:ROW~RELEASE:ROW"), e.getMessage());
    assertThrows(UserError.class, () -> Linkage.Pair.parse("R1"));
  }

  @Test
  void verdictsAreReadByTheirCodes() {
    assertEquals(Linkage.Verdict.UNSURE, Linkage.Verdict.ofCode("Unsure"));
    assertEquals(Linkage.Verdict.NON_MATCH, Linkage.Verdict.ofCode("nonmatch"));
    assertEquals("non-match", Linkage.Verdict.NON_MATCH.code());
    UserError e = assertThrows(UserError.class, () -> Linkage.Verdict.ofCode("maybe"));
    assertTrue(e.getMessage().contains("match, non-match or unsure"), e.getMessage());
    Linkage.Pair p = Linkage.Pair.parse("1:1~1:2");
    assertTrue(new Linkage.Decision(p, true, "a", null, java.time.Instant.EPOCH).match());
    assertEquals(
        false,
        new Linkage.Decision(p, Linkage.Verdict.UNSURE, "a", null, java.time.Instant.EPOCH)
            .match());
  }
}
