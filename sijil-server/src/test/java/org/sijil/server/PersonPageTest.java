package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.server.store.RegisterLoader;

/**
 * The person page as issue 16 asks: the majority value with its support, disagreements flagged, the
 * link in plain words with the numbers behind a toggle, a citation, and suggestions that land in
 * the analysts' list without changing the person. Names are clearly artificial.
 */
class PersonPageTest {

  static final String MINORITY = "اسم تجريبي أول";
  static final String MAJORITY = "اسم تجريبي ثان";

  static TestServer server;

  static SourceRecord rec(String release, long row, String ar, LocalDate dob, String age) {
    return new SourceRecord(
        "moh/" + release + "/" + row,
        "moh",
        release,
        row,
        "900" + row,
        ar,
        "Test Name",
        age,
        age == null ? null : Double.valueOf(age),
        "m",
        dob,
        LocalDate.of(2024, 1, 10),
        null,
        Map.of());
  }

  static RegisterData data() {
    List<SourceRecord> records =
        List.of(
            rec("2024-01", 1, MINORITY, LocalDate.of(1990, 1, 1), "33"),
            rec("2024-03", 1, MAJORITY, LocalDate.of(1990, 3, 2), "34"),
            rec("2024-03", 2, MAJORITY, null, "34"));
    Link link =
        new Link(
            "moh/2024-01/1",
            "moh/2024-03/1",
            0.995,
            List.of(
                new ExplanationTerm("prior", "", -9.5),
                new ExplanationTerm("name_ar", "jw>=0.95", 6.2),
                new ExplanationTerm("name_en", "exact", 3.1),
                new ExplanationTerm("dob", "january_first", 1.2),
                new ExplanationTerm("age", "within_1_year", 2.0),
                new ExplanationTerm("place", "null", 0)),
            null);
    Person p = RegisterLoader.person("X1", records, List.of(link));
    Release r1 = new Release("moh", "2024-01", LocalDate.of(2024, 1, 5), Instant.EPOCH, null, 1, 0);
    Release r2 = new Release("moh", "2024-03", LocalDate.of(2024, 3, 5), Instant.EPOCH, null, 2, 0);
    return new RegisterData(List.of(p), List.of(r1, r2), null, null, List.of());
  }

  @BeforeAll
  static void start() {
    server = new TestServer(data());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String section(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertTrue(at >= 0, "no #" + id);
    int end = html.indexOf("</tr>", at);
    return html.substring(at, end < 0 ? html.length() : end);
  }

  @Test
  void theMajorityValueIsShownWithItsSupportAndDisagreementsAreFlagged() throws Exception {
    String html = server.get("/person/X1?lang=en").body();
    assertTrue(html.contains("id=\"name-ar\">" + MAJORITY + "<"), "majority spelling in the title");
    String name = section(html, "fact-name_ar");
    assertTrue(name.contains("2 of 3 records"), name);
    assertTrue(name.contains("conflict-name_ar"), name);
    assertTrue(name.contains(MINORITY) && name.contains("1 record<"), name);
    String dob = section(html, "fact-dob");
    assertTrue(dob.contains("conflict-dob"), "dates of birth disagree: " + dob);
    assertTrue(dob.contains("1 of 3 records"), dob);
    String sex = section(html, "fact-sex");
    assertTrue(sex.contains("3 of 3 records") && !sex.contains("conflict-"), sex);
    String ar = server.get("/person/X1?lang=ar").body();
    assertTrue(section(ar, "fact-name_ar").contains("2 من 3 سجلات"), section(ar, "fact-name_ar"));
  }

  @Test
  void theLinkIsExplainedInWordsWithTheNumbersBehindAToggle() throws Exception {
    String html = server.get("/person/X1?lang=en").body();
    Matcher why = Pattern.compile("<p class=\"why\">([^<]*)</p>").matcher(html);
    assertTrue(why.find(), "a sentence in words");
    String words = why.group(1);
    assertEquals(
        "Arabic names spelled almost alike; Latin-script names agree; one date of birth is 1 January, often written"
            + " when only the year is known; ages within 1 year.",
        words);
    for (String jargon : new String[] {"jw>=", "january_first", "null", "within_1_year"}) {
      assertFalse(words.contains(jargon), jargon);
    }
    int details = html.indexOf("<details class=\"numbers\">");
    assertTrue(details > 0, "numbers behind a toggle");
    assertTrue(html.indexOf("jw&gt;=0.95", details) > 0, "the level names stay behind the toggle");
    assertTrue(html.contains("almost certainly one person"), html);
    String ar = server.get("/person/X1?lang=ar").body();
    assertTrue(ar.contains("فارق العمر لا يتجاوز سنة واحدة"), "Arabic words, Arabic plural");
  }

  @Test
  void thePersonCanBeCited() throws Exception {
    String html = server.get("/person/X1?lang=en").body();
    assertTrue(html.contains("id=\"permalink\"") && html.contains(server.base + "/person/X1"));
    Matcher citation = Pattern.compile("<textarea[^>]*id=\"citation\"[^>]*>([^<]*)<").matcher(html);
    assertTrue(citation.find(), "citation text");
    assertTrue(citation.group(1).contains(MAJORITY), citation.group(1));
    assertTrue(citation.group(1).contains("person X1"), citation.group(1));
    assertTrue(citation.group(1).contains("moh (2024-01, 2024-03)"), citation.group(1));
    assertTrue(citation.group(1).contains(server.base + "/person/X1"), citation.group(1));
  }

  @Test
  void aSuggestionLandsInTheAnalystsListAndChangesNothing() throws Exception {
    Person before = server.register.person("X1").orElseThrow();
    HttpResponse<String> form = server.get("/person/X1/suggest?lang=en");
    assertEquals(200, form.statusCode());
    String cookie =
        form.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("sijil_suggest_csrf="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertTrue(token.find());
    String body =
        "_csrf="
            + token.group(1)
            + "&field=dob&value=1990-03-02&reason="
            + URLEncoder.encode("test reason", StandardCharsets.UTF_8)
            + "&contact=tester";
    assertEquals(403, postForm("/person/X1/suggest", "field=dob&value=x", cookie).statusCode());
    HttpResponse<String> saved = postForm("/person/X1/suggest", body, cookie);
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(saved.body().contains("id=\"suggest-saved\""));
    String empty = "_csrf=" + token.group(1) + "&field=dob&value=&reason=";
    assertEquals(400, postForm("/person/X1/suggest", empty, cookie).statusCode());
    assertEquals(before, server.register.person("X1").orElseThrow(), "the person is unchanged");

    assertEquals(303, server.get("/suggestions").statusCode(), "analysts only");
    HttpResponse<String> login =
        server.post(
            "/api/session",
            "{\"name\":\""
                + TestServer.ANALYST
                + "\",\"password\":\""
                + TestServer.PASSWORD
                + "\"}");
    String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String list = server.get("/suggestions?lang=en", "Cookie", session).body();
    assertTrue(list.contains("1990-03-02") && list.contains("public · tester"), list);
    assertTrue(list.contains("Showing all 1"), list);
  }

  HttpResponse<String> postForm(String path, String body, String cookie) throws Exception {
    return server.client.send(
        HttpRequest.newBuilder(URI.create(server.base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
