package org.sijil.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.sijil.server.intake.IntakeTestSite;

/**
 * The set-up the intake browser tests share: an {@link IntakeTestSite} and Chromium through {@link
 * Chromium} (skipped without a browser), contexts signed in or not, the report form opened with its
 * service worker ready, filled, and its queue awaited.
 */
final class IntakeBrowser implements AutoCloseable {

  /** How long a test waits for the page. */
  static final double WAIT_MS = 60_000;

  final IntakeTestSite site;
  private final Chromium chromium;
  final Browser browser;

  private IntakeBrowser(IntakeTestSite site, Chromium chromium) {
    this.site = site;
    this.chromium = chromium;
    this.browser = chromium.browser;
  }

  /** Starts the browser and the site in {@code dir}; skips the test class without Chromium. */
  static IntakeBrowser start(Path dir) throws Exception {
    Chromium chromium = Chromium.start();
    try {
      return new IntakeBrowser(new IntakeTestSite(dir), chromium);
    } catch (Exception e) {
      chromium.close();
      throw e;
    }
  }

  /** A new context (downloads accepted), signed in as {@code user}, or signed out when null. */
  BrowserContext context(String user) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1200, 1400).setAcceptDownloads(true));
    if (user != null) {
      Assertions.assertEquals(
          200,
          context
              .request()
              .post(
                  site.base + "/api/session",
                  RequestOptions.create()
                      .setData(Map.of("name", user, "password", IntakeTestSite.PASSWORD)))
              .status());
    }
    return context;
  }

  /**
   * Opens the form at {@code path} (e.g. {@code /intake/report?lang=ar}) and waits for its worker.
   */
  Page openForm(BrowserContext context, String path) {
    Page page = context.newPage();
    page.navigate(site.base + path);
    page.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
    return page;
  }

  /** Fills one report and saves it to the page's queue. */
  static void fill(Page page, String name, String sex, String age, String dod, String contact) {
    page.fill("#f-name_ar", name);
    page.selectOption("#f-sex", sex);
    page.fill("#f-age", age);
    page.fill("#f-dod", dod);
    page.fill("#f-contact", contact);
    page.check("#f-consent");
    page.click("#intake-submit");
  }

  /** Waits for {@code n} queue rows in {@code state} (no eval: the page's CSP forbids it). */
  static void waitForRows(Page page, String state, int n) {
    PlaywrightAssertions.assertThat(page.locator("#intake-queue tr.state-" + state))
        .hasCount(n, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
  }

  /** Saves a full-page screenshot under {@link Chromium#SHOTS}. */
  static void shot(Page page, String name) {
    Chromium.shot(page, Chromium.SHOTS, name, true);
  }

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      site.close();
    }
  }
}
