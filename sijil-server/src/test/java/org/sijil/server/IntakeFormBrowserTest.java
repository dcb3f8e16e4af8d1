package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.intake.IntakeTestSite;
import org.sijil.store.Intake;

/**
 * The offline report form in Chromium (issue 17): opened once online, two reports saved with the
 * connection cut, the page reloaded offline (from the service worker), and both stored exactly once
 * when the connection returns. Skipped without /usr/bin/chromium as {@link BrowserTest} is.
 */
class IntakeFormBrowserTest {

  private static final double WAIT_MS = 60_000;

  @TempDir static Path dir;
  static IntakeTestSite site;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    BrowserTest.requireOrSkip(BrowserTest.CHROMIUM, "1".equals(System.getenv(BrowserTest.REQUIRE)));
    site = new IntakeTestSite(dir);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = BrowserTest.launch(playwright);
    Files.createDirectories(BrowserTest.SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (site != null) {
      site.close();
    }
  }

  private static void fill(Page page, String name, String dod) {
    page.fill("#f-name_ar", name);
    page.selectOption("#f-sex", "f");
    page.fill("#f-age", "30");
    page.fill("#f-dod", dod);
    page.fill("#f-contact", "test-contact-browser");
    page.check("#f-consent");
    page.click("#intake-submit");
  }

  /** Waits for {@code n} queue rows in {@code state} (no eval: the page's CSP forbids it). */
  private static void waitForRows(Page page, String state, int n) {
    PlaywrightAssertions.assertThat(page.locator("#intake-queue tr.state-" + state))
        .hasCount(n, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
  }

  /** The oldest report in the page's IndexedDB queue, as the page would send it. */
  private static String queuedReport(Page page) {
    return (String)
        page.evaluate(
            "() => new Promise((resolve, reject) => {"
                + " const open = indexedDB.open('sijil-intake', 1);"
                + " open.onerror = () => reject(open.error);"
                + " open.onsuccess = () => {"
                + "  const get = open.result.transaction('queue').objectStore('queue').getAll();"
                + "  get.onsuccess = () => {"
                + "   const it = get.result.sort((a, b) => a.created < b.created ? -1 : 1)[0];"
                + "   open.result.close();"
                + "   resolve(JSON.stringify({key: it.key, fields: it.fields, contact: it.contact}));"
                + "  };"
                + " };"
                + "})");
  }

  private static long formReports() {
    return site.stored().stream().filter(s -> s.channel().equals("form")).count();
  }

  @Test
  void reportsSavedOfflineArriveOnceWhenTheConnectionReturns() throws Exception {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 1400));
    try {
      assertEquals(
          200,
          context
              .request()
              .post(
                  site.base + "/api/session",
                  RequestOptions.create()
                      .setData(
                          Map.of(
                              "name", IntakeTestSite.FIELD, "password", IntakeTestSite.PASSWORD)))
              .status());
      Page page = context.newPage();
      page.navigate(site.base + "/intake/report?lang=ar");
      page.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");
      long before = formReports();

      context.setOffline(true);
      fill(page, "اسم تجريبي للاختبار أول", "2024-01-05");
      waitForRows(page, "waiting", 1);
      fill(page, "اسم تجريبي للاختبار ثان", "2024-01-06");
      waitForRows(page, "waiting", 2);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(BrowserTest.SHOTS.resolve("intake-offline-ar.png"))
              .setFullPage(true));

      com.microsoft.playwright.Response reloaded = page.reload();
      assertTrue(reloaded != null && reloaded.fromServiceWorker(), "served by the worker");
      page.waitForSelector(
          "#intake-form", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
      waitForRows(page, "waiting", 2);
      assertTrue(page.content().contains("dir=\"rtl\""), "the Arabic page, from the worker");
      assertEquals(before, formReports(), "nothing reached the server while offline");
      // The first report reaches the server by another path while the page is still offline, as
      // when a send arrives but its answer is lost: the page's retry must not store it again.
      String first = queuedReport(page);
      HttpClient other = IntakeTestSite.client();
      String csrf = site.login(other, IntakeTestSite.FIELD);
      assertEquals(201, site.postJson(other, "/api/intake/submissions", first, csrf).statusCode());
      assertEquals(before + 1, formReports());

      context.setOffline(false);
      waitForRows(page, "sent", 2);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(BrowserTest.SHOTS.resolve("intake-sent-ar.png"))
              .setFullPage(true));
      assertEquals(before + 2, formReports(), "both stored");
      // sending again (the button, a later retry) stores nothing more
      page.click("#intake-send");
      page.waitForTimeout(500);
      assertEquals(before + 2, formReports(), "exactly once each");
      List<String> names =
          site.stored().stream()
              .filter(s -> s.channel().equals("form"))
              .map(Intake.Stored::fieldsJson)
              .toList();
      assertTrue(
          names.stream().anyMatch(f -> f.contains("اسم تجريبي للاختبار أول")), names.toString());
      assertTrue(
          names.stream().anyMatch(f -> f.contains("اسم تجريبي للاختبار ثان")), names.toString());
    } finally {
      context.close();
    }
  }
}
