package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;

/**
 * Every page in both languages in Debian's Chromium (issue 16, item 8): each loads with status 200,
 * has the language's direction, shows no untranslated message key, and is saved as a full-page
 * screenshot in target/screenshots/every-page. Skips like every {@link Chromium} test without a
 * browser.
 */
class EveryPageBrowserTest {

  static TestServer server;
  static Chromium chromium;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.start();
    browser = chromium.browser;
    server = new TestServer(EstimatePageTest.with(EstimatePageTest.estimate(), null));
    Chromium.shots("every-page");
  }

  @AfterAll
  static void stop() {
    Chromium.close(chromium);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyPageInBothLanguages() {
    Person p =
        server
            .register
            .person("P000002")
            .orElse(
                server
                    .register
                    .matching(
                        new org.sijil.server.model.SearchQuery(
                            "", null, null, null, null, null, null, null, null, 0, 1))
                    .get(0));
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("search", "/");
    pages.put(
        "search-results",
        "/?q=" + java.net.URLEncoder.encode(p.nameAr(), java.nio.charset.StandardCharsets.UTF_8));
    pages.put("person", "/person/" + p.personId());
    pages.put("suggest", "/person/" + p.personId() + "/suggest");
    pages.put("statistics", "/statistics");
    pages.put("estimates", "/estimates");
    pages.put("methods", "/estimates/methods");
    pages.put("releases", "/releases");
    pages.put("release", "/releases/moh/2024-03");
    pages.put("memorial", "/memorial");
    pages.put("login", "/login");
    List<String> problems = new ArrayList<>();
    for (String lang : new String[] {"en", "ar"}) {
      try (BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
        Page page = context.newPage();
        shoot(page, lang, pages, problems);
        signIn(page);
        Map<String, String> analyst = new java.util.LinkedHashMap<>();
        analyst.put("review", "/review");
        analyst.put("suggestions", "/suggestions");
        analyst.put("import", "/import");
        shoot(page, lang, analyst, problems);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static void shoot(
      Page page, String lang, Map<String, String> pages, List<String> problems) {
    for (Map.Entry<String, String> e : pages.entrySet()) {
      String path = e.getValue();
      Response r =
          page.navigate(server.base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
      if (r.status() != 200) {
        problems.add(lang + " " + path + ": status " + r.status());
        continue;
      }
      assertEquals(
          lang.equals("ar") ? "rtl" : "ltr", page.evaluate("document.documentElement.dir"));
      String text = (String) page.evaluate("document.body.innerText");
      java.util.regex.Matcher key =
          java.util.regex.Pattern.compile(
                  "\\b(?:personpage|linkwords|suggest|estimate|plural|paging|est|person|search|memorial|review)\\.[a-z][A-Za-z_.]*\\b")
              .matcher(text);
      while (key.find()) {
        if (!key.group().matches(".*\\.(csv|json)")) { // file names such as estimate.csv
          problems.add(lang + " " + path + ": untranslated key " + key.group());
        }
      }
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(
                  Chromium.SHOTS.resolve("every-page").resolve(e.getKey() + "-" + lang + ".png"))
              .setFullPage(true));
    }
  }

  private static void signIn(Page page) {
    page.navigate(server.base + "/login?next=/review");
    page.fill("#login-name", TestServer.ANALYST);
    page.fill("#login-password", TestServer.PASSWORD);
    page.click("#login-submit");
    page.waitForSelector("#review-queue");
  }
}
