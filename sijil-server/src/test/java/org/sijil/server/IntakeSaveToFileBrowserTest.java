package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.intake.ContactKey;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.app.intake.IntakeReport;
import org.sijil.core.intake.ContactSeal;
import org.sijil.server.intake.IntakeTestSite;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * "Save to file" of the offline form in Chromium (issue 17): a report filled with the connection
 * cut is saved as a bundle signed in the browser (WebCrypto Ed25519, a non-extractable device key);
 * the file imported the way {@code sijil intake import} imports it ({@link ImportSubmissions}, the
 * use case the command calls) is stored once, with its contact sealed; a second import is a
 * duplicate; an altered copy is rejected with the reason; and the same report later sent from the
 * queue is recognized, not stored again. Skipped without /usr/bin/chromium as {@link BrowserTest}
 * is.
 */
class IntakeSaveToFileBrowserTest {

  private static final double WAIT_MS = 60_000;
  private static final String NAME = "اسم تجريبي للملف";
  private static final String CONTACT = "test-contact-file";

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

  private static IntakeReport importFile(Path file) {
    try (Register reg = Register.open(site.db)) {
      return new ImportSubmissions(reg)
          .run(
              new ImportSubmissions.Request(
                  List.of(file),
                  ImportSubmissions.DEFAULT_SOURCE,
                  List.of(),
                  ContactKey.loadOrCreate(null, site.db)),
              new Actor("test-importer"));
    }
  }

  private static List<Intake.Stored> fromFile() {
    return site.stored().stream().filter(s -> s.fieldsJson().contains(NAME)).toList();
  }

  @Test
  void aReportSavedToFileOfflineImportsOnceAndAnAlteredCopyIsRejected() throws Exception {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1200, 1400).setAcceptDownloads(true));
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
      page.navigate(site.base + "/intake/report");
      page.evaluate("async () => { await navigator.serviceWorker.ready; return true; }");

      context.setOffline(true);
      page.fill("#f-name_ar", NAME);
      page.selectOption("#f-sex", "m");
      page.fill("#f-age", "41");
      page.fill("#f-dod", "2024-02-03");
      page.fill("#f-contact", CONTACT);
      page.check("#f-consent");
      page.click("#intake-submit");
      PlaywrightAssertions.assertThat(page.locator("#intake-queue tr.state-waiting"))
          .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));

      Download download = page.waitForDownload(() -> page.click("#intake-save"));
      Path file = dir.resolve("saved.bundle");
      download.saveAs(file);
      PlaywrightAssertions.assertThat(page.locator("#intake-device-key"))
          .containsText(
              "sijil-form-", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(BrowserTest.SHOTS.resolve("intake-saved-to-file.png"))
              .setFullPage(true));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("sijil-intake-bundle/v1\ndevice sijil-form-"), text);
      assertTrue(!text.contains(CONTACT), "the contact is sealed in the file");
      String deviceKey = page.locator("#intake-device-key").textContent().strip();

      IntakeReport first = importFile(file);
      assertEquals(List.of(1L, 1L, 0L, 0L), counts(first), first.rejections().toString());
      List<Intake.Stored> stored = fromFile();
      assertEquals(1, stored.size());
      Intake.Stored s = stored.get(0);
      assertEquals("bundle", s.channel());
      assertEquals(deviceKey, s.deviceKey(), "the browser's device key is recorded");
      assertEquals(
          CONTACT,
          ContactSeal.open(
              s.contactSealed(), ContactKey.readPrivate(ContactKey.privateFile(site.db))));

      IntakeReport again = importFile(file);
      assertEquals(List.of(1L, 0L, 1L, 0L), counts(again));

      Path altered = dir.resolve("altered.bundle");
      Files.writeString(altered, text.replace("\"41\"", "\"42\""), StandardCharsets.UTF_8);
      IntakeReport bad = importFile(altered);
      // the altered line, and the manifest's hash left without its line
      assertEquals(List.of(2L, 0L, 0L, 2L), counts(bad), bad.rejections().toString());
      assertTrue(
          bad.rejections().stream()
              .anyMatch(r -> r.reason().contains("not in the signed manifest")),
          bad.rejections().toString());
      assertTrue(
          bad.rejections().stream().anyMatch(r -> r.reason().contains("missing from the bundle")),
          bad.rejections().toString());
      assertEquals(1, fromFile().size());

      // The connection returns: the queue sends the same report with the same key; it is
      // recognized as the one the file brought, not stored again.
      context.setOffline(false);
      page.click("#intake-send");
      PlaywrightAssertions.assertThat(page.locator("#intake-queue tr.state-sent"))
          .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
      assertEquals(1, fromFile().size(), "exactly once by either path");
    } finally {
      context.close();
    }
  }

  private static List<Long> counts(IntakeReport r) {
    return List.of(r.read(), r.imported(), r.duplicate(), r.rejected());
  }
}
