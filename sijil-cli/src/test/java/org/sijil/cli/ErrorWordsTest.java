package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;

/** The command line words the lower layers' typed errors with its own flags. */
class ErrorWordsTest {

  static SijilException error(ErrorCode code, Map<String, String> details) {
    return new SijilException(code, "the message", "f.csv", null, null, details, null);
  }

  @Test
  void eachCodeGetsTheFlagThatFixesIt() {
    assertTrue(ErrorWords.word(error(ErrorCode.INVALID_ENCODING, Map.of())).contains("--encoding"));
    assertTrue(ErrorWords.word(error(ErrorCode.NO_HEADER, Map.of())).contains("--mapping"));
    assertTrue(ErrorWords.word(error(ErrorCode.TOO_MANY_PAIRS, Map.of())).contains("--max-pairs"));
    assertTrue(ErrorWords.word(error(ErrorCode.RELEASE_EXISTS, Map.of())).contains("--replace"));
    assertTrue(
        ErrorWords.word(error(ErrorCode.NO_SUCH_SHEET, Map.of("sheets", "2")))
            .contains("--sheet must be 1..2"));
    assertTrue(
        ErrorWords.word(error(ErrorCode.NOT_LINKED, Map.of("register", "r.db")))
            .contains("sijil link --db r.db"));
  }

  @Test
  void plainUserErrorsAreTheirMessage() {
    assertEquals("bad", ErrorWords.word(new UserError("bad")));
  }
}
