package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.intake.IntakeTestSite;
import org.sijil.store.Intake;

/**
 * The offline report form in Chromium (issue 17): opened once online, two reports saved with the
 * connection cut, the page reloaded offline (from the service worker), and both stored exactly once
 * when the connection returns. Skipped without /usr/bin/chromium ({@link IntakeBrowser}).
 */
class IntakeFormBrowserTest {

  @TempDir static Path dir;
  static IntakeBrowser browser;
  static IntakeTestSite site;

  @BeforeAll
  static void start() throws Exception {
    browser = IntakeBrowser.start(dir);
    site = browser.site;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void fill(Page page, String name, String dod) {
    IntakeBrowser.fill(page, name, "f", "30", dod, "test-contact-browser");
  }

  private static void waitForRows(Page page, String state, int n) {
    IntakeBrowser.waitForRows(page, state, n);
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
    BrowserContext context = browser.context(IntakeTestSite.FIELD);
    try {
      Page page = browser.openForm(context, "/intake/report?lang=ar");
      long before = formReports();

      context.setOffline(true);
      fill(page, "اسم تجريبي للاختبار أول", "2024-01-05");
      waitForRows(page, "waiting", 1);
      fill(page, "اسم تجريبي للاختبار ثان", "2024-01-06");
      waitForRows(page, "waiting", 2);
      IntakeBrowser.shot(page, "intake-offline-ar");

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
      IntakeBrowser.shot(page, "intake-sent-ar");
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
