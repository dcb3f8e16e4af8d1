package org.sijil.cli.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@code review list} never cuts the queue silently (issue 16: 50 of 263 shown without a word). */
class ReviewListPagingTest {

  @Test
  void aPartOfTheQueueIsSaidWithHowToSeeTheRest() {
    assertEquals(
        "showing 1-50 of 263 pairs; next: --offset 50",
        ReviewCommand.ListPairs.showing(0, 50, 263));
    assertEquals("showing 251-263 of 263 pairs", ReviewCommand.ListPairs.showing(250, 263, 263));
    assertEquals("showing none of 263 pairs", ReviewCommand.ListPairs.showing(300, 263, 263));
    assertNull(ReviewCommand.ListPairs.showing(0, 12, 12), "the whole queue needs no note");
  }
}
