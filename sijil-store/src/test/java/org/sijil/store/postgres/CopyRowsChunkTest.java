package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a row weighs towards a COPY chunk (no server needed). */
class CopyRowsChunkTest {

  @Test
  void textCountsItsCharactersAndByteStringsTheirBytes() {
    assertEquals(3 + 300, CopyRows.charsOf(new Object[] {"abc", new byte[300]}));
  }

  @Test
  void otherValuesCountAsAShortValue() {
    assertEquals(3 * 8, CopyRows.charsOf(new Object[] {42L, LocalDate.of(2024, 1, 9), null}));
  }

  @Test
  void aChunkOfLargeByteStringsHoldsFewRows() {
    long rowChars = CopyRows.charsOf(new Object[] {1L, new byte[2_000], "entry"});
    assertEquals(8 + 2_000 + 5, rowChars);
    // About a thousand such rows fill a chunk, not the hundred thousand counted at 8 a value.
    assertEquals(1_042, (CopyRows.CHUNK_CHARS + rowChars - 1) / rowChars);
  }
}
