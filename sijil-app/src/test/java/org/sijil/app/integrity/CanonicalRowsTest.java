package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/** The canonical bytes are pinned: a change would change every stored release's rows root. */
class CanonicalRowsTest {

  private static final List<String> CELLS = Arrays.asList("T-1", "اسم تجريبي", null, "a\nb", "");

  private static CasualtyRecord record() {
    return new CasualtyRecord(
        12,
        "T-1",
        "اسم تجريبي",
        "Test Name",
        new Age(3, 4, 0),
        LocalDate.of(2001, 2, 3),
        Sex.FEMALE,
        null,
        LocalDate.of(2024, 1, 9),
        "مكان",
        null);
  }

  @Test
  void acceptedRowFollowsTheRules() {
    String expected =
        "sijil-row/v1\nrow 12\ncells 5\ncell 3 T-1\ncell 19 اسم تجريبي\ncell -\ncell 3 a\nb\n"
            + "cell 0 \nid 3 T-1\nname-ar 19 اسم تجريبي\nname-en 9 Test Name\nage 5 3.4.0\n"
            + "dob 10 2001-02-03\nsex 1 f\nsource -\ndod 10 2024-01-09\nplace 8 مكان\n";
    assertEquals(
        expected, new String(CanonicalRows.accepted(CELLS, record()), StandardCharsets.UTF_8));
  }

  @Test
  void rejectedRowFollowsTheRules() {
    String expected = "sijil-row/v1\nrow 7\ncells 1\ncell 1 x\nreason 6 no age\n";
    assertEquals(
        expected,
        new String(CanonicalRows.rejected(7, List.of("x"), "no age"), StandardCharsets.UTF_8));
  }

  @Test
  void reusedEncoderGivesTheSameBytesRowAfterRow() {
    CanonicalRows.Encoder encoder = new CanonicalRows.Encoder();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(CanonicalRows.accepted(CELLS, record()), encoder.accepted(CELLS, record()));
      assertArrayEquals(CanonicalRows.rejected(7, CELLS, "why"), encoder.rejected(7, CELLS, "why"));
    }
  }
}
