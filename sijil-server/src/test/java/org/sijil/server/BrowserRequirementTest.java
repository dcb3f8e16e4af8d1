package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** CI fails without a browser; a laptop skips the browser tests (see {@link Chromium}). */
class BrowserRequirementTest {

  @TempDir Path dir;

  @Test
  void aMissingBrowserFailsWhenRequiredAndSkipsOtherwise() {
    Path missing = dir.resolve("no-chromium");
    AssertionFailedError failed =
        assertThrows(AssertionFailedError.class, () -> Chromium.requireOrSkip(missing, true));
    assertTrue(failed.getMessage().contains(Chromium.REQUIRE + "=1"), failed.getMessage());
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> Chromium.requireOrSkip(missing, false));
    assertTrue(skipped.getMessage().contains("browser tests skipped"), skipped.getMessage());
  }

  @Test
  void aPresentBrowserRunsEitherWay() throws Exception {
    Path present = java.nio.file.Files.createFile(dir.resolve("chromium"));
    assertTrue(present.toFile().setExecutable(true));
    assertDoesNotThrow(() -> Chromium.requireOrSkip(present, true));
    assertDoesNotThrow(() -> Chromium.requireOrSkip(present, false));
  }
}
