package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;

/** The status line: in the latest release, or removed in a release and returned in a later one. */
class PersonStatusViewTest {

  static final List<Release> RELEASES =
      List.of(
          new Release("moh", "r1", null, null, null, 1, 0),
          new Release("moh", "r2", null, null, null, 1, 0),
          new Release("moh", "r3", null, null, null, 1, 0),
          new Release("moh", "r4", null, null, null, 1, 0),
          new Release("family", "f1", null, null, null, 1, 0));

  private static Person person(String... releases) {
    List<SourceRecord> recs =
        java.util.Arrays.stream(releases)
            .map(
                r -> {
                  String[] sr = r.split("/");
                  return new SourceRecord(
                      sr[0] + "/" + sr[1] + "/1",
                      sr[0],
                      sr[1],
                      1,
                      "K1",
                      "اسم تجريبي",
                      "Test Person",
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      Map.of());
                })
            .toList();
    return new Person(
        "P1",
        "اسم تجريبي",
        "Test Person",
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        recs,
        List.of());
  }

  @Test
  void removedInR2ReturnedInR3ThenRemovedAgainInR4() {
    Html h = new Html();
    PersonStatusView.render(Lang.EN, h, person("moh/r1", "moh/r3", "family/f1"), RELEASES);
    String s = h.toString();
    assertTrue(s.contains("in the latest release of family (f1)"), s);
    assertTrue(
        s.contains(
            "removed from moh in release r2 (returned in r3); removed from moh in release r4"),
        s);
  }

  @Test
  void inTheLatestReleaseSaysSo() {
    var st = PersonStatusView.statuses(person("moh/r1", "moh/r2", "moh/r3", "moh/r4"), RELEASES);
    assertEquals(1, st.size());
    assertEquals("r4", st.get(0).latestIn());
    assertEquals(0, st.get(0).removals().size());
    Html h = new Html();
    PersonStatusView.render(Lang.AR, h, person("moh/r4"), RELEASES);
    assertTrue(h.toString().contains("في أحدث إصدار من moh (r4)"), h.toString());
  }
}
