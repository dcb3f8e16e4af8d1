package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.app.Actor;
import org.sijil.app.incidents.ImportIncidents;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.app.users.ManageUsers;
import org.sijil.server.incidents.IncidentServerTest;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * The incident pages in Debian's headless Chromium (started by {@link Chromium}), in English and
 * Arabic, over artificial records and the bundled synthetic incidents: the list, an incident with
 * its victims and both dossier downloads, the map and the timeline around a ceasefire date, an
 * analyst's edit that meets a stale version (409, shown as a message in the page's language), and
 * adding a type to the vocabulary.
 */
class IncidentBrowserTest {

  static final Actor TESTER = new Actor("tester");
  static final String PASSWORD = "a long enough password";
  static final Path SHOTS = Chromium.SHOTS.resolve("incidents");

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static Chromium chromium;
  static Browser browser;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.start();
    browser = chromium.browser;
    Chromium.shots("incidents");
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      IncidentServerTest.lists(reg, dir);
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, TESTER);
      new ImportIncidents(reg).run(Path.of("../examples/synthetic-incidents.csv"), TESTER);
      new LinkVictims(reg).suggest(null, TESTER);
    }
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    Chromium.close(chromium);
    if (app != null) {
      app.stop();
    }
  }

  @BeforeEach
  void open() {
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1200, 900).setAcceptDownloads(true));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void listIncidentVictimsAndDossiers(String lang) throws Exception {
    page.navigate(base + "/incidents?lang=" + lang);
    assertEquals(lang, page.getAttribute("html", "lang"));
    assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.getAttribute("html", "dir"));
    assertTrue(page.locator("#incidents tr").count() >= 11, "a header and ten incidents");
    page.click("#incidents a[href='/incidents/SYN-0002']");
    page.waitForSelector("#incident-victims");
    assertEquals(3, page.locator("#incident-victims tr.victim-suggested").count());
    assertTrue(page.textContent("#incident-killed").contains("9"));
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("incident-" + lang + ".png")));
    Download pdf = page.waitForDownload(() -> page.click("#dossier-pdf-link"));
    assertEquals("dossier-SYN-0002.pdf", pdf.suggestedFilename());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("incident SYN-0002"), text);
    }
    Download json = page.waitForDownload(() -> page.click("#dossier-link"));
    assertTrue(Files.readString(json.path()).contains("sijil-dossier/v1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void mapAndTimelineAroundACeasefire(String lang) {
    page.navigate(base + "/incidents/map?lang=" + lang);
    assertEquals(5, page.locator("#incident-map polygon").count());
    assertEquals("3", page.textContent("#fig-gaza td.num").strip());
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map-" + lang + ".png")));
    page.click("nav.subnav a[href='/incidents/timeline']");
    page.fill("#ceasefire", "2023-11-24");
    page.click("form.filters button[type=submit]");
    page.waitForSelector("#timeline-after");
    int before = page.locator("#timeline-before li").count();
    int after = page.locator("#timeline-after li").count();
    assertTrue(after >= 3, "three synthetic incidents are after 2023-11-24");
    assertTrue(before + after >= 10);
    assertTrue(page.textContent("#timeline-after").contains("SYN-0008"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void aStaleEditIsRefusedWithAMessage(String lang) {
    String id = lang.equals("en") ? "SYN-0003" : "SYN-0004";
    signIn(lang);
    Page other = context.newPage();
    page.navigate(base + "/incidents/" + id + "/edit?lang=" + lang);
    other.navigate(base + "/incidents/" + id + "/edit?lang=" + lang);
    page.fill("#incident-killed_max", "40");
    page.fill("#incident-note", "count from a synthetic update");
    page.click("#incident-save");
    page.waitForURL("**/incidents/" + id);
    assertTrue(page.textContent("#incident-killed").contains("40"));
    other.fill("#incident-killed_max", "41");
    Response refused =
        other.waitForResponse(
            r -> r.request().method().equals("POST"), () -> other.click("#incident-save"));
    assertEquals(409, refused.status());
    other.waitForSelector("#incident-stale");
    String stale = other.textContent("#incident-stale");
    assertTrue(lang.equals("ar") ? stale.contains("لم يُحفظ") : stale.contains("Not saved"), stale);
    assertTrue(other.textContent("#incident-error").contains("version"));
    if (lang.equals("ar")) {
      String detail = other.textContent("#incident-stale-detail");
      assertTrue(detail.contains("الإصدار"), "the versions in the page's language: " + detail);
      assertEquals("en", other.getAttribute("#incident-error", "lang"), "English marked as such");
    }
    assertEquals("41", other.inputValue("#incident-killed_max"), "what was typed is kept");
    other.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("stale-" + lang + ".png")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void analystsAddATypeToTheVocabulary(String lang) {
    page.navigate(base + "/incidents/types?lang=" + lang);
    assertTrue(page.locator("#type-airstrike-home").count() == 1);
    assertEquals(0, page.locator("#type-form").count(), "only analysts see the form");
    signIn(lang);
    page.navigate(base + "/incidents/types?lang=" + lang);
    String code = "synthetic-test-" + lang;
    page.fill("#type-code", code);
    page.fill("#type-english", "Synthetic test type");
    page.fill("#type-arabic", "نوع اختبار اصطناعي");
    page.click("#type-save");
    page.waitForSelector("#type-saved");
    assertTrue(page.textContent("#type-" + code).contains("amal"));
    page.fill("#type-code", "Not A Code");
    page.fill("#type-english", "x");
    page.fill("#type-arabic", "س");
    page.click("#type-save");
    page.waitForSelector("#type-error");
    assertEquals("Not A Code", page.inputValue("#type-code"));
  }

  private void signIn(String lang) {
    page.navigate(base + "/login?lang=" + lang + "&next=/incidents");
    page.fill("#login-name", "amal");
    page.fill("#login-password", PASSWORD);
    page.click("#login-submit");
    page.waitForURL("**/incidents**");
  }
}
