package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.intake.IntakeTestSite;
import org.sijil.store.Intake;

/**
 * A family with no account reports a death in Chromium (issue 17): the form opened signed out, a
 * report filled and sent, the receipt shown on the page, stored once (taken in by {@code public},
 * pending), and seen once in the analysts' queue; sending again stores nothing more. Skipped
 * without /usr/bin/chromium ({@link IntakeBrowser}).
 */
class IntakePublicFormBrowserTest {

  private static final String NAME = "اسم تجريبي بلا حساب";

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

  private static List<Intake.Stored> reported() {
    return site.stored().stream().filter(s -> s.fieldsJson().contains(NAME)).toList();
  }

  @Test
  void aReportFromTheOpenFormArrivesOnceInTheAnalystsQueue() throws Exception {
    BrowserContext family = browser.context(null);
    BrowserContext analyst = browser.context(IntakeTestSite.ANALYST);
    try {
      Page page = browser.openForm(family, "/intake/report?lang=ar");
      PlaywrightAssertions.assertThat(page.locator("#intake-public")).isVisible();
      PlaywrightAssertions.assertThat(page.locator("#f-website")).not().isInViewport();
      IntakeBrowser.fill(page, NAME, "f", "52", "2024-03-04", "test-contact-family");
      IntakeBrowser.waitForRows(page, "sent", 1);
      IntakeBrowser.shot(page, "intake-public-sent-ar");

      List<Intake.Stored> stored = reported();
      assertEquals(1, stored.size());
      Intake.Stored s = stored.get(0);
      assertEquals("public", s.receivedBy());
      assertEquals(Intake.PENDING, s.status());
      PlaywrightAssertions.assertThat(page.locator("#intake-queue tr.state-sent td.detail"))
          .containsText(s.id());

      page.click("#intake-send");
      page.waitForTimeout(500);
      assertEquals(1, reported().size(), "sending again stores nothing more");

      Page queue = analyst.newPage();
      queue.navigate(site.base + "/intake/queue");
      PlaywrightAssertions.assertThat(queue.locator("#sub-" + s.id())).hasCount(1);
      PlaywrightAssertions.assertThat(queue.locator("#sub-" + s.id())).containsText(NAME);
      assertTrue(!queue.content().contains("test-contact-family"), "no contact in the queue");
      IntakeBrowser.shot(queue, "intake-public-queue");
    } finally {
      family.close();
      analyst.close();
    }
  }
}
