package org.sijil.app.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Removals between consecutive releases, and returns, on an artificial three-release list. */
class ReleaseCorrectionsTest {

  private static ReleaseKeys release(String label, String... keys) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String k : keys) {
      names.put(k, "Test Person " + k);
    }
    return new ReleaseKeys(label, keys.length, names);
  }

  @Test
  void aKeyMissingFromTheNextReleaseIsRemovedAndReturnsWhenListedAgain() {
    Corrections c =
        ReleaseCorrections.compute(
            "list",
            List.of(
                release("r1", "1", "2", "3", "4"),
                release("r2", "1", "3", "5"),
                release("r3", "1", "2", "5", "6")));
    assertEquals(
        List.of(
            new Removal("2", "Test Person 2", "r1", "r2", "r3"),
            new Removal("4", "Test Person 4", "r1", "r2", null),
            new Removal("3", "Test Person 3", "r2", "r3", null)),
        c.removed());
    assertEquals(List.of(new Removal("2", "Test Person 2", "r1", "r2", "r3")), c.returned());
    assertEquals(
        List.of(
            new Corrections.ReleaseFigures("r1", 4, 4, 4, 0, 0),
            new Corrections.ReleaseFigures("r2", 3, 3, 1, 2, 0),
            new Corrections.ReleaseFigures("r3", 4, 4, 1, 1, 1)),
        c.releases());
  }

  @Test
  void aKeyThatLeavesTwiceIsTwoRemovals() {
    Corrections c =
        ReleaseCorrections.compute(
            "list",
            List.of(
                release("r1", "1", "2"),
                release("r2", "1"),
                release("r3", "1", "2"),
                release("r4", "1")));
    assertEquals(2, c.removed().size());
    assertEquals("r3", c.removed().get(0).returnedIn());
    assertEquals("r4", c.removed().get(1).removedIn());
    assertEquals(null, c.removed().get(1).returnedIn());
  }

  @Test
  void aSingleReleaseHasNothingRemoved() {
    Corrections c = ReleaseCorrections.compute("list", List.of(release("r1", "1")));
    assertEquals(List.of(), c.removed());
    assertEquals(1, c.releases().size());
  }
}
