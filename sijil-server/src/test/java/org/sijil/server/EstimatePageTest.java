package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.RegisterData;

/**
 * The estimates page as issue 16 asks: the reason when there is no estimate (not only in the server
 * console), the chart, caveats in both languages, the breakdown, downloads and methods.
 */
class EstimatePageTest {

  static RegisterData with(PublishedEstimate estimate, String note) {
    RegisterData d = SyntheticRegister.generate(200, 3);
    return new RegisterData(
        d.persons(), d.releases(), d.diffs(), estimate, d.review(), d.explanations(), note);
  }

  static PublishedEstimate estimate() {
    return new PublishedEstimate(
        List.of("moh", "family"),
        "log-linear models, AIC-averaged; 95% profile-likelihood interval",
        180,
        new PublishedEstimate.Interval(230, 205, 270),
        new PublishedEstimate.Interval(50, 25, 90),
        List.of(
            new PublishedEstimate.Model(
                "moh + family", 0, 0, 12.5, new PublishedEstimate.Interval(50, 25, 90), 1, false)),
        List.of(),
        List.of("two lists: independence cannot be tested"),
        List.of());
  }

  @Test
  void theReasonForNoEstimateIsOnThePageInBothLanguages() throws Exception {
    try (TestServer server =
        new TestServer(with(null, "an estimate needs 2 to 6 sources; the register has 1"))) {
      String en = server.get("/estimates?lang=en").body();
      assertTrue(en.contains("needs 2 to 6 sources; this register has 1 source."), en);
      String ar = server.get("/estimates?lang=ar").body();
      assertTrue(ar.contains("وفي هذا السجل مصدر واحد"), ar);
      assertTrue(ar.contains("href=\"/estimates/methods\""));
      assertEquals(404, server.get(EstimateDownloadsPath.CSV).statusCode());
    }
  }

  @Test
  void theEstimateHasAChartCaveatsABreakdownAndDownloads() throws Exception {
    try (TestServer server = new TestServer(with(estimate(), null))) {
      for (String lang : new String[] {"en", "ar"}) {
        String html = server.get("/estimates?lang=" + lang).body();
        assertTrue(html.contains("id=\"estimate-chart\""), lang);
        assertTrue(html.contains("id=\"estimate-caveats\""), lang);
        assertTrue(html.contains("id=\"estimate-breakdown\""), lang);
        assertTrue(html.contains("href=\"/api/estimates.csv\""), lang);
        assertTrue(html.contains("href=\"/api/estimates\""), lang);
        if (lang.equals("ar")) {
          // The method is said in Arabic; the run's English notes only behind a toggle, marked.
          assertFalse(html.contains("<dd dir=\"ltr\" lang=\"en\">log-linear"), html);
          assertTrue(html.contains("lang=\"en\" dir=\"ltr\">two lists"), html);
        }
      }
      String en = server.get("/estimates?lang=en").body();
      assertTrue(en.contains("The 2 lists name 180 people"), en);
      assertTrue(en.contains("most likely between 205–270"), en);
      HttpResponse<byte[]> csv = server.getBytes(EstimateDownloadsPath.CSV);
      assertEquals(200, csv.statusCode());
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFFpart,name,listed,estimate"), text);
      assertTrue(text.contains("total,moh+family,180,230.0000,205.0000,270.0000"), text);
      for (String lang : new String[] {"en", "ar"}) {
        String methods = server.get("/estimates/methods?lang=" + lang).body();
        assertTrue(methods.contains("id=\"methods-idea\""), lang);
        assertTrue(methods.contains("id=\"methods-limits\""), lang);
      }
    }
  }

  /** The download's path, as the page links it. */
  static final class EstimateDownloadsPath {
    static final String CSV = org.sijil.server.web.EstimateDownloads.CSV_PATH;
  }
}
