package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * queue is recognized, not stored again. Skipped without /usr/bin/chromium ({@link IntakeBrowser}).
 */
class IntakeSaveToFileBrowserTest {

  private static final String NAME = "اسم تجريبي للملف";
  private static final String CONTACT = "test-contact-file";
  private static final double WAIT_MS = IntakeBrowser.WAIT_MS;

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
    BrowserContext context = browser.context(IntakeTestSite.FIELD);
    try {
      Page page = browser.openForm(context, "/intake/report");

      context.setOffline(true);
      IntakeBrowser.fill(page, NAME, "m", "41", "2024-02-03", CONTACT);
      IntakeBrowser.waitForRows(page, "waiting", 1);

      Download download = page.waitForDownload(() -> page.click("#intake-save"));
      Path file = dir.resolve("saved.bundle");
      download.saveAs(file);
      PlaywrightAssertions.assertThat(page.locator("#intake-device-key"))
          .containsText(
              "sijil-form-", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
      IntakeBrowser.shot(page, "intake-saved-to-file");
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
      IntakeBrowser.waitForRows(page, "sent", 1);
      assertEquals(1, fromFile().size(), "exactly once by either path");
    } finally {
      context.close();
    }
  }

  private static List<Long> counts(IntakeReport r) {
    return List.of(r.read(), r.imported(), r.duplicate(), r.rejected());
  }
}
