package org.sijil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's error as data: where it was found and the values that word it, kept as given. */
class SijilExceptionTest {

  @Test
  void carriesItsCodePlaceAndCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    SijilException e =
        new SijilException(
            ErrorCode.TOO_MANY_PAIRS,
            "rule dod gives 12 pairs, over the limit of 10",
            "list.csv",
            7L,
            "dod",
            Map.of("limit", "10", "pairs", "12"),
            cause);
    assertEquals(ErrorCode.TOO_MANY_PAIRS, e.code());
    assertEquals("rule dod gives 12 pairs, over the limit of 10", e.getMessage());
    assertEquals("list.csv", e.file());
    assertEquals(7L, e.row());
    assertEquals("dod", e.field());
    assertEquals(Map.of("limit", "10", "pairs", "12"), e.details());
    assertSame(cause, e.getCause());
  }

  @Test
  void aDetailFallsBackWhenAbsent() {
    SijilException e =
        new SijilException(ErrorCode.OTHER, "m", null, null, null, Map.of("limit", "10"), null);
    assertEquals("10", e.detail("limit", "?"));
    assertEquals("?", e.detail("pairs", "?"));
  }

  @Test
  void theShortFormHasNoPlaceNoDetailsAndNoCause() {
    SijilException e = new SijilException(ErrorCode.REGISTER_EMPTY, "the register is empty");
    assertEquals(ErrorCode.REGISTER_EMPTY, e.code());
    assertEquals("the register is empty", e.getMessage());
    assertNull(e.file());
    assertNull(e.row());
    assertNull(e.field());
    assertEquals(Map.of(), e.details());
    assertNull(e.getCause());
  }

  @Test
  void detailsAreCopiedAndNeverNull() {
    Map<String, String> details = new HashMap<>(Map.of("limit", "10"));
    SijilException e = new SijilException(ErrorCode.OTHER, "m", null, null, null, details, null);
    details.put("limit", "20");
    assertEquals("10", e.detail("limit", "?"));
    assertThrows(UnsupportedOperationException.class, () -> e.details().put("x", "y"));
    SijilException none = new SijilException(ErrorCode.OTHER, "m", null, null, null, null, null);
    assertEquals(Map.of(), none.details());
  }

  @Test
  void aCodeIsRequired() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new SijilException(null, "m"));
    assertEquals("code", e.getMessage());
  }

  @Test
  void aMissingFileNamesTheFile() {
    SijilException e = SijilException.noSuchFile("lists/a.csv");
    assertEquals(ErrorCode.NO_SUCH_FILE, e.code());
    assertEquals("no such file: lists/a.csv", e.getMessage());
    assertEquals("lists/a.csv", e.file());
    assertNull(e.row());
    assertNull(e.field());
    assertEquals(Map.of(), e.details());
  }

  @Test
  void aUserErrorKeepsItsMessageAndCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    assertEquals("bad value", new UserError("bad value").getMessage());
    assertSame(cause, new UserError("bad value", cause).getCause());
  }
}
