package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchQuery;

/**
 * The pages in Debian's headless Chromium, started by {@link Chromium} (skipped without it on a
 * laptop, a failure in CI). Screenshots land in target/screenshots.
 */
class BrowserTest {

  static Chromium chromium;
  static TestServer server;
  static Browser browser;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.start();
    browser = chromium.browser;
    server = new TestServer(1000);
  }

  @AfterAll
  static void stop() {
    Chromium.close(chromium);
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  void shot(String name) {
    Chromium.shot(page, Chromium.SHOTS, name, false);
  }

  @Test
  void searchLeadsToThePersonPage() {
    Person p =
        server
            .register
            .matching(new SearchQuery("", null, null, null, "family", null, null, null, null, 0, 1))
            .get(0);
    page.navigate(server.base + "/?lang=en");
    page.fill("#q", p.nameAr());
    page.click("#search-submit");
    page.waitForSelector("#result-count");
    shot("search-en");
    page.click("ol.results li:first-child a.person-link");
    page.waitForSelector("#name-ar");
    assertTrue(page.url().endsWith("/person/" + p.personId()), page.url());
    assertEquals(p.nameAr(), page.textContent("#name-ar").strip());
    assertEquals(p.nameEn(), page.textContent("#name-en").strip());
    assertEquals(p.records().size(), page.locator("section.record").count());
    shot("person-en");
  }

  @Test
  void languageSwitchGivesRightToLeftArabicAndIsRemembered() {
    page.navigate(server.base + "/statistics?lang=en");
    assertEquals("ltr", page.evaluate("getComputedStyle(document.body).direction"));
    page.click("#lang-switch");
    page.waitForURL(java.util.regex.Pattern.compile(".*[?&]lang=ar.*"));
    assertEquals("rtl", page.evaluate("document.documentElement.dir"));
    assertEquals("ar", page.evaluate("document.documentElement.lang"));
    assertEquals(
        "rtl", page.evaluate("getComputedStyle(document.querySelector('main')).direction"));
    // In RTL the brand sits at the right edge of the header, the tools at the left.
    double brandX =
        ((Number) page.evaluate("document.querySelector('.brand').getBoundingClientRect().left"))
            .doubleValue();
    double toolsX =
        ((Number) page.evaluate("document.querySelector('.tools').getBoundingClientRect().left"))
            .doubleValue();
    assertTrue(brandX > toolsX, "brand " + brandX + " should be right of tools " + toolsX);
    shot("statistics-ar");
    page.navigate(server.base + "/");
    assertEquals(
        "rtl", page.evaluate("document.documentElement.dir"), "the cookie remembers Arabic");
    Person p = server.register.person("P000002").orElseThrow();
    page.fill("#q", p.nameAr());
    page.click("#search-submit");
    page.waitForSelector("#result-count");
    shot("search-ar");
    page.navigate(server.base + "/person/" + p.personId());
    shot("person-ar");
    page.navigate(
        server.base
            + "/memorial?place="
            + java.net.URLEncoder.encode("رفح", java.nio.charset.StandardCharsets.UTF_8));
    shot("memorial-ar");
    page.navigate(server.base + "/releases/moh/2024-03");
    shot("release-ar");
  }

  @Test
  void analystSignsInAndDecidesAPair() {
    page.navigate(server.base + "/review?lang=en");
    page.waitForSelector("#login-name");
    page.fill("#login-name", TestServer.ANALYST);
    page.fill("#login-password", TestServer.PASSWORD);
    page.click("#login-submit");
    page.waitForSelector("#review-queue");
    shot("review-queue-en");
    String pair = page.textContent("#review-queue tr:nth-child(2) td:first-child").strip();
    page.click("#review-queue tr:nth-child(2) a.review-open");
    page.waitForSelector("#decide-match");
    page.fill("#note", "same father and family, ages agree");
    shot("review-pair-en");
    page.click("#decide-match");
    page.waitForSelector("#saved");
    assertEquals("match", server.register.reviewItem(pair).orElseThrow().link().decision());
    assertEquals(TestServer.ANALYST, server.register.reviewItem(pair).orElseThrow().decidedBy());
    assertTrue(page.textContent("#decision").contains(TestServer.ANALYST));
    page.navigate(server.base + "/review/" + pair + "?lang=ar");
    shot("review-pair-ar");
    // Signing out from the header ends the session: the queue asks for a sign-in again.
    page.click("form[action='/logout'] button[type=submit]");
    page.waitForSelector("#login-link");
    page.navigate(server.base + "/review?lang=en");
    page.waitForSelector("#login-name");
    assertTrue(page.url().contains("/login"), page.url());
  }
}
