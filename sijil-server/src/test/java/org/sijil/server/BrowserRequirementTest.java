package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** CI fails without a browser; a laptop skips the browser tests (see {@link BrowserTest}). */
class BrowserRequirementTest {

  @TempDir Path dir;

  @Test
  void aMissingBrowserFailsWhenRequiredAndSkipsOtherwise() {
    Path missing = dir.resolve("no-chromium");
    AssertionFailedError failed =
        assertThrows(AssertionFailedError.class, () -> BrowserTest.requireOrSkip(missing, true));
    assertTrue(failed.getMessage().contains(BrowserTest.REQUIRE + "=1"), failed.getMessage());
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> BrowserTest.requireOrSkip(missing, false));
    assertTrue(skipped.getMessage().contains("browser tests skipped"), skipped.getMessage());
  }

  @Test
  void aPresentBrowserRunsEitherWay() throws Exception {
    Path present = java.nio.file.Files.createFile(dir.resolve("chromium"));
    assertTrue(present.toFile().setExecutable(true));
    assertDoesNotThrow(() -> BrowserTest.requireOrSkip(present, true));
    assertDoesNotThrow(() -> BrowserTest.requireOrSkip(present, false));
  }
}
