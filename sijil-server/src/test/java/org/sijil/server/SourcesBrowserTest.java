package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijil.app.Actor;
import org.sijil.app.sources.NameSource;
import org.sijil.app.users.ManageUsers;
import org.sijil.server.incidents.IncidentServerTest;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * {@code /sources} in Debian's headless Chromium (started by {@link Chromium}), in English and
 * Arabic, over two artificial lists: the public table with one list named and one not, then an
 * analyst naming the other through the form and the releases page showing that name. Screenshots of
 * each go to target/screenshots/sources.
 */
class SourcesBrowserTest {

  static final Actor TESTER = new Actor("tester");
  static final String PASSWORD = "a long enough password";
  static final Path SHOTS = Chromium.SHOTS.resolve("sources");

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static Chromium chromium;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.start();
    browser = chromium.browser;
    Chromium.shots("sources");
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      IncidentServerTest.lists(reg, dir);
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, TESTER);
      new NameSource(reg)
          .name("hospital", "Hospital test list", "قائمة المستشفى التجريبية", TESTER);
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

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void sourcesPageAndAnAnalystNamingAList(String lang) {
    String english = "Family reports test list " + lang;
    String arabic = "قائمة بلاغات العائلات " + (lang.equals("ar") ? "أ" : "ب");
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
      Page page = context.newPage();
      page.navigate(base + "/sources?lang=" + lang);
      assertEquals(lang, page.getAttribute("html", "lang"));
      assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.getAttribute("html", "dir"));
      assertTrue(page.textContent("#source-hospital").contains("Hospital test list"));
      assertTrue(page.textContent("#source-hospital").contains("قائمة المستشفى التجريبية"));
      assertEquals(0, page.locator("#sources form").count(), "no form for the public");
      shot(page, "sources-" + lang);

      page.navigate(base + "/login?next=/sources&lang=" + lang);
      page.fill("#login-name", "amal");
      page.fill("#login-password", PASSWORD);
      page.click("#login-submit");
      page.waitForSelector("#name-family-save");
      page.fill("#source-family input[name=english]", english);
      page.fill("#source-family input[name=arabic]", arabic);
      page.click("#name-family-save");
      page.waitForSelector("#source-saved");
      assertTrue(page.textContent("#source-family").contains("amal"), "who named it");
      assertEquals("/sources", page.getAttribute("nav a[aria-current=page]", "href"));
      shot(page, "sources-analyst-" + lang);

      page.navigate(base + "/releases?lang=" + lang);
      String releases = page.textContent("main");
      assertTrue(releases.contains(lang.equals("ar") ? arabic : english), releases);
      shot(page, "releases-named-" + lang);
    }
  }

  private static void shot(Page page, String name) {
    Chromium.shot(page, SHOTS, name, true);
  }
}
