package org.sijil.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;

/** "Reported by family" on a public person page: the source, never the reporter (issue 17). */
class PersonIntakeViewTest {

  private static SourceRecord record(String source, String release, long row) {
    return new SourceRecord(
        source + "/" + release + "/" + row,
        source,
        release,
        row,
        "k-" + row,
        "اسم تجريبي",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of("channel", "form", "submission", "s-test"));
  }

  private static Person person(List<SourceRecord> records) {
    return new Person(
        "P1",
        "اسم تجريبي",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        records,
        List.of(),
        null,
        null);
  }

  private static String render(Lang lang, Person p) {
    Html h = new Html();
    PersonIntakeView.section(h, lang, p);
    return h.toString();
  }

  @Test
  void aReportedPersonSaysSoWithoutTheReporterAndIsPendingAlone() {
    Person p = person(List.of(record("family-report", "intake", 1)));
    String en = render(Lang.EN, p);
    assertTrue(en.contains("id=\"reported-by-family\""), en);
    assertTrue(en.contains("Reported by family"));
    assertTrue(en.contains("family-report"));
    assertTrue(en.contains("Pending"), en);
    String ar = render(Lang.AR, p);
    assertTrue(ar.contains("أبلغت عنه العائلة"), ar);
  }

  @Test
  void anIndependentListCorroborates() {
    Person p = person(List.of(record("family-report", "intake", 1), record("moh", "r1", 3)));
    assertTrue(render(Lang.EN, p).contains("Corroborated"));
  }

  @Test
  void aPersonNotReportedThroughIntakeHasNoSection() {
    assertEquals("", render(Lang.EN, person(List.of(record("moh", "r1", 3)))));
    assertFalse(render(Lang.AR, person(List.of(record("moh", "r1", 3)))).contains("section"));
  }
}
