package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.server.store.RegisterLoader;

/**
 * The person page's timeline (issue 16): which release added, changed, dropped and listed again
 * each record, a release listing the person twice (records joined inside one release), the link run
 * that joined the records, and the analysts' decisions; in English and Arabic, from a real server.
 * Names are clearly artificial.
 */
class PersonTimelineTest {

  static final String NAME = "اسم تجريبي";

  static TestServer server;

  static SourceRecord rec(String source, String release, long row, String key, String age) {
    return new SourceRecord(
        source + "/" + release + "/" + row,
        source,
        release,
        row,
        key,
        NAME,
        "Test Name",
        age,
        Double.valueOf(age),
        "m",
        null,
        LocalDate.of(2024, 1, 10),
        null,
        Map.of());
  }

  static Release release(String source, String label, LocalDate asOf) {
    return new Release(source, label, asOf, Instant.EPOCH, null, 10, 0);
  }

  static RegisterData data() {
    SourceRecord first = rec("moh", "2024-01", 1, "9001", "33");
    SourceRecord hospital = rec("hospital", "h1", 7, "H7", "33");
    List<SourceRecord> records =
        List.of(
            first,
            rec("moh", "2024-03", 1, "9001", "34"),
            rec("moh", "2024-03", 2, "9001", "34"),
            rec("moh", "2024-07", 4, "9001", "34"),
            hospital);
    Person loaded = RegisterLoader.person("T1", records, List.of());
    Person p = loaded.linkedBy("amal", Instant.parse("2024-08-01T10:00:00Z"));
    ReviewItem decided =
        new ReviewItem(
            "1:1~5:7",
            first,
            hospital,
            new Link(first.recordId(), hospital.recordId(), 0.6, List.of(), "match"),
            "basem",
            "same family card");
    ReviewItem unsure =
        new ReviewItem(
            "1:1~2:1",
            first,
            records.get(1),
            new Link(first.recordId(), records.get(1).recordId(), 0.5, List.of(), "unsure"),
            "basem",
            null);
    List<Release> releases =
        List.of(
            release("hospital", "h1", LocalDate.of(2024, 2, 1)),
            release("moh", "2024-01", LocalDate.of(2024, 1, 5)),
            release("moh", "2024-03", LocalDate.of(2024, 3, 5)),
            release("moh", "2024-05", LocalDate.of(2024, 5, 5)),
            release("moh", "2024-07", LocalDate.of(2024, 7, 5)));
    return new RegisterData(List.of(p), releases, null, null, List.of(decided, unsure));
  }

  @BeforeAll
  static void start() {
    server = new TestServer(data());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> events(String html) {
    int at = html.indexOf("id=\"person-timeline\"");
    assertTrue(at >= 0, "a timeline section");
    String section = html.substring(at, html.indexOf("</section>", at));
    return java.util.Arrays.stream(section.split("<li "))
        .skip(1)
        .map(li -> li.replaceAll("<[^>]*>", "").replaceAll("^[^>]*>", "").strip())
        .toList();
  }

  @Test
  void eachReleaseDecisionAndJoinIsToldInOrder() throws Exception {
    List<String> en = events(server.get("/person/T1?lang=en").body());
    assertEquals(
        List.of(
            "2024-01-05 · moh, release 2024-01: first listed (#1).",
            "2024-02-01 · hospital, release h1: first listed (#7).",
            "2024-03-05 · moh, release 2024-03: Age: 33 → 34 (#1, #2).",
            "2024-03-05 · moh, release 2024-03: this release lists the person more than once (#1,"
                + " #2); the records were joined as one person, so the person is counted once.",
            "2024-05-05 · moh, release 2024-05: no longer listed.",
            "2024-07-05 · moh, release 2024-07: listed again (#4).",
            "2024-08-01 · 5 records joined into one person by the link run of amal: the model"
                + " compared them field by field (the reasons are below).",
            "An analyst (basem) decided that moh · 2024-01 · #1 and hospital · h1 · #7 are the"
                + " same person."),
        en.stream().map(e -> e.replace("&gt;", ">")).toList(),
        "an unsure verdict is no decision and is left out");
    List<String> ar = events(server.get("/person/T1?lang=ar").body());
    assertEquals(en.size(), ar.size());
    assertTrue(ar.get(0).contains("أول ظهور في القائمة"), ar.get(0));
    assertTrue(
        ar.get(2).contains("33 ← 34"), "the Arabic arrow points the reading way: " + ar.get(2));
  }
}
