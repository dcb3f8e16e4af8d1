package org.sijil.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium through Playwright (which is told not to download a browser), as every
 * browser test class starts it. Without /usr/bin/chromium the test class is skipped, unless the
 * environment variable {@value #REQUIRE} is {@code 1} (CI sets it in {@code .ci/run}): then a
 * missing browser fails the build. Screenshots land under target/screenshots.
 */
final class Chromium implements AutoCloseable {

  static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  static final Path SHOTS = Paths.get("target", "screenshots");

  /** Set to 1 where the browser tests must run (CI); a laptop without Chromium skips them. */
  static final String REQUIRE = "SIJIL_REQUIRE_BROWSER";

  /** Quiet, sandbox-free flags for a headless run in a container. */
  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private final Playwright playwright;
  final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /**
   * Starts the browser, or skips (fails with {@value #REQUIRE}=1) the calling test class when there
   * is none. Call it first in {@code @BeforeAll}, before building anything else.
   */
  static Chromium start() {
    requireOrSkip(EXECUTABLE, "1".equals(System.getenv(REQUIRE)));
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      shots("");
      return new Chromium(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** Fails when the browser is required but missing; otherwise skips the tests without it. */
  static void requireOrSkip(Path chromium, boolean required) {
    if (Files.isExecutable(chromium)) {
      return;
    }
    if (required) {
      Assertions.fail(
          REQUIRE
              + "=1 but there is no Chromium at "
              + chromium
              + ": install Debian's chromium (.ci/run does) or unset "
              + REQUIRE);
    }
    Assumptions.abort(
        "no Chromium at "
            + chromium
            + ": browser tests skipped (set "
            + REQUIRE
            + "=1 to make this a failure)");
  }

  /** The screenshot folder {@code target/screenshots/<area>}, created if missing. */
  static Path shots(String area) {
    Path dir = SHOTS.resolve(area);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a screenshot of {@code page} as {@code <dir>/<name>.png}. */
  static void shot(Page page, Path dir, String name, boolean fullPage) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(fullPage));
  }

  /** Closes a started browser; a null one (the class was skipped) is ignored. */
  static void close(Chromium chromium) {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
