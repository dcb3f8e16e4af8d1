package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.server.store.RegisterLoader;

/**
 * Words that eroded trust (issue 16, item 8): "1 years", "1 persons found", the memorial's names
 * not linked and a machine transliteration presented as the name; the bundled Arabic font is
 * served. One artificial person, aged 1.
 */
class PageWordingTest {

  static final String NAME_AR = "اسم تجريبي واحد";
  static final String NAME_EN = "Ism Tajribi Wahid";
  static TestServer server;

  @BeforeAll
  static void start() {
    SourceRecord r =
        new SourceRecord(
            "moh/2024-01/1",
            "moh",
            "2024-01",
            1,
            "9001",
            NAME_AR,
            NAME_EN,
            "1",
            1.0,
            "f",
            null,
            null,
            null,
            Map.of());
    server =
        new TestServer(
            new RegisterData(
                List.of(RegisterLoader.person("X1", List.of(r))),
                List.of(
                    new Release(
                        "moh", "2024-01", LocalDate.of(2024, 1, 5), Instant.EPOCH, null, 1, 0)),
                null,
                null,
                List.of()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void countsUseThePluralRulesOfEachLanguage() throws Exception {
    String q = URLEncoder.encode(NAME_AR, StandardCharsets.UTF_8);
    String en = server.get("/?lang=en&q=" + q).body();
    assertTrue(en.contains(">1 person found<"), en);
    assertFalse(en.contains("1 persons"), en);
    String ar = server.get("/?lang=ar&q=" + q).body();
    assertTrue(ar.contains(">وُجد شخص واحد<"), ar);
    String memorial = server.get("/memorial?lang=en").body();
    assertTrue(memorial.contains(">1 year<"), memorial);
    assertFalse(memorial.contains("1 years"), memorial);
    assertTrue(memorial.contains(">1 name<"), memorial);
    assertTrue(server.get("/memorial?lang=ar").body().contains(">سنة واحدة<"));
  }

  @Test
  void memorialNamesLinkToThePersonAndTheArabicNameIsTheName() throws Exception {
    String en = server.get("/memorial?lang=en").body();
    assertTrue(en.contains("href=\"/person/X1\""), en);
    assertTrue(en.contains("class=\"name-ar\">" + NAME_AR + "<"), en);
    assertTrue(en.contains("class=\"reading\""), "the Latin form only as a marked reading aid");
    String ar = server.get("/memorial?lang=ar").body();
    assertFalse(ar.contains(NAME_EN), "no transliteration presented as a name on the Arabic page");
  }

  @Test
  void theArabicFontIsBundledAndServed() throws Exception {
    HttpResponse<byte[]> font =
        server.getBytes("/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2");
    assertEquals(200, font.statusCode());
    assertTrue(font.body().length > 10_000);
    assertEquals("wOF2", new String(font.body(), 0, 4, StandardCharsets.US_ASCII));
    String css = server.get("/static/sijil.css").body();
    assertTrue(css.contains("@media print") && css.contains("Noto Naskh Arabic"));
  }
}
