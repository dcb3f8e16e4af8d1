package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * One key match for two releases: partners of keys listed once on both sides, keys new or gone,
 * repeated on either side or missing; keys sharing a {@link String#hashCode} ("Aa" and "BB") kept
 * apart; duplicates reported in first-seen order; and the diff over a given match equal to the diff
 * that matches its own keys. Artificial names.
 */
class KeyMatchTest {

  private static CasualtyRecord rec(long row, String id) {
    return ReleaseDiffTest.rec(row, id, "اسم تجريبي " + row, "30", Age.ofYears(30), null, Sex.MALE);
  }

  @Test
  void partnersAndTheirAbsence() {
    assertEquals("Aa".hashCode(), "BB".hashCode(), "the test needs two keys with one hash");
    List<CasualtyRecord> before =
        List.of(rec(1, "Aa"), rec(2, "gone"), rec(3, "twice"), rec(4, null), rec(5, "twice"));
    List<CasualtyRecord> after =
        List.of(rec(1, "new"), rec(2, "BB"), rec(3, "twice"), rec(4, "Aa"), rec(5, "dup"));
    List<CasualtyRecord> later = new ArrayList<>(after);
    later.add(rec(6, "dup"));
    KeyMatch m = KeyMatch.of(before, later, CanonicalField.ID);
    assertEquals(
        List.of(3, KeyMatch.ABSENT, KeyMatch.REPEATED, KeyMatch.NO_KEY, KeyMatch.REPEATED),
        List.of(0, 1, 2, 3, 4).stream().map(m::partnerOfBefore).toList());
    assertEquals(
        List.of(
            KeyMatch.ABSENT,
            KeyMatch.ABSENT,
            KeyMatch.REPEATED,
            0,
            KeyMatch.REPEATED,
            KeyMatch.REPEATED),
        List.of(0, 1, 2, 3, 4, 5).stream().map(m::partnerOfAfter).toList());
    assertEquals(List.of(new DuplicateKey("twice", "before", List.of(3L, 5L))), m.duplicates(true));
    assertEquals(List.of(new DuplicateKey("dup", "after", List.of(5L, 6L))), m.duplicates(false));
  }

  @Test
  void theDiffOverAGivenMatchIsTheDiffOverItsOwn() {
    List<CasualtyRecord> before = List.of(rec(1, "1"), rec(2, "2"), rec(3, "3"), rec(4, "3"));
    List<CasualtyRecord> after =
        List.of(
            rec(1, "4"),
            ReleaseDiffTest.rec(2, "1", "اسم تجريبي 1", "31", Age.ofYears(31), null, Sex.MALE),
            rec(3, "3"));
    ReleaseDiff.Side a = new ReleaseDiff.Side(before, ReleaseDiffTest.ALL);
    ReleaseDiff.Side b = new ReleaseDiff.Side(after, ReleaseDiffTest.ALL);
    DiffResult own = ReleaseDiff.compare(a, b, CanonicalField.ID);
    DiffResult given = ReleaseDiff.compare(a, b, KeyMatch.of(before, after, CanonicalField.ID));
    assertEquals(own, given);
    assertEquals(1, given.changed().size());
    assertEquals(1, given.added().size());
    assertEquals(1, given.removed().size());
  }

  @Test
  void aMatchOverOtherListsIsRefused() {
    List<CasualtyRecord> one = List.of(rec(1, "1"));
    ReleaseDiff.Side side = new ReleaseDiff.Side(one, ReleaseDiffTest.ALL);
    KeyMatch other = KeyMatch.of(List.of(rec(1, "1")), one, CanonicalField.ID);
    assertThrows(IllegalArgumentException.class, () -> ReleaseDiff.compare(side, side, other));
  }
}
