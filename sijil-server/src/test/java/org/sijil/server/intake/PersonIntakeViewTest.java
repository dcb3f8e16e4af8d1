package org.sijil.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.app.Actor;
import org.sijil.app.intake.FormSubmissions;
import org.sijil.server.SijilServer;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.store.Intake;

/**
 * "Reported by family" on a public person: the source, never the reporter, and the status stored on
 * the submission, not one worked out from the person's lists (issue 17).
 */
class PersonIntakeViewTest {

  private static SourceRecord record(String source, String release, long row, String submission) {
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
        Map.of("channel", "form", "submission", submission));
  }

  private static Person person(List<SourceRecord> records) {
    return new Person(
        "P1", "اسم تجريبي", null, null, null, null, null, null, null, Map.of(), records, List.of());
  }

  /** A desk holding stored submissions by ID (only {@code find} is used by the view). */
  private static final class Stored implements IntakeDesk {
    final Map<String, Intake.Stored> byId = new HashMap<>();

    Stored with(String id, String status, String by, String reason) {
      Instant at = status.equals(Intake.PENDING) ? null : Instant.parse("2026-01-02T03:04:05Z");
      byId.put(
          id,
          new Intake.Stored(
              id,
              1,
              "family-report",
              "form",
              "k",
              null,
              null,
              "form",
              "none",
              "0".repeat(64),
              "{}",
              "(sealed)",
              status,
              by,
              at,
              reason,
              "reporter-name",
              Instant.EPOCH,
              0));
      return this;
    }

    @Override
    public Map<String, Intake.Stored> find(Collection<String> ids) {
      Map<String, Intake.Stored> m = new HashMap<>();
      ids.stream().filter(byId::containsKey).forEach(id -> m.put(id, byId.get(id)));
      return m;
    }

    @Override
    public FormSubmissions.Answer submit(FormSubmissions.Report report, Actor by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Intake.Stored> pending(int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setStatus(String id, String status, Actor by) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Intake.Stored> withStatus(String status, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String contactPublicKey() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Intake.Stored> receipts(String user, int limit) {
      throw new UnsupportedOperationException();
    }
  }

  private static String render(Lang lang, Person p, IntakeDesk desk) {
    Html h = new Html();
    PersonIntakeView.reported(p, desk).ifPresent(r -> PersonIntakeView.section(h, lang, r));
    return h.toString();
  }

  @Test
  void aReportedPersonSaysSoWithoutTheReporterAndIsPendingWhileStoredPending() {
    Person p = person(List.of(record("family-report", "intake", 1, "s-a")));
    IntakeDesk desk = new Stored().with("s-a", Intake.PENDING, null, null);
    String en = render(Lang.EN, p, desk);
    assertTrue(en.contains("id=\"reported-by-family\""), en);
    assertTrue(en.contains("Reported by family"));
    assertTrue(en.contains("family-report"));
    assertTrue(en.contains("Pending"), en);
    assertFalse(en.contains("reporter-name"), en);
    String ar = render(Lang.AR, p, desk);
    assertTrue(ar.contains("أبلغت عنه العائلة"), ar);
    assertTrue(ar.contains("معلّق"), ar);
  }

  @Test
  void anIndependentListAloneDoesNotCorroborateUntilTheStatusIsStored() {
    Person p =
        person(List.of(record("family-report", "intake", 1, "s-a"), record("moh", "r1", 3, "x")));
    assertTrue(
        render(Lang.EN, p, new Stored().with("s-a", Intake.PENDING, null, null))
            .contains("data-status=\"pending\""));
    String en =
        render(
            Lang.EN,
            p,
            new Stored()
                .with("s-a", Intake.CORROBORATED, "amal", "link-run model:3: also in list moh"));
    assertTrue(en.contains("Corroborated"), en);
    assertTrue(en.contains("also in list moh"), en);
    assertFalse(en.contains("amal"), en);
    assertTrue(
        render(Lang.AR, p, new Stored().with("s-a", Intake.CORROBORATED, "amal", "x"))
            .contains("معزَّز"));
  }

  @Test
  void anAnalystsConfirmationShowsWithoutTheAnalystsName() {
    Person p = person(List.of(record("family-report", "intake", 1, "s-a")));
    IntakeDesk desk = new Stored().with("s-a", Intake.CONFIRMED, "amal", "analyst");
    String en = render(Lang.EN, p, desk);
    assertTrue(en.contains("Confirmed: an analyst"), en);
    assertFalse(en.contains("amal"), en);
    assertTrue(render(Lang.AR, p, desk).contains("مؤكَّد"));
  }

  @Test
  void withoutAStoredSubmissionTheReportIsPending() {
    Person p = person(List.of(record("family-report", "intake", 1, "s-gone")));
    assertTrue(render(Lang.EN, p, new Stored()).contains("data-status=\"pending\""));
    assertTrue(render(Lang.EN, p, null).contains("data-status=\"pending\""));
  }

  @Test
  void aPersonNotReportedThroughIntakeHasNoSection() {
    Person p = person(List.of(record("moh", "r1", 3, "x")));
    assertEquals("", render(Lang.EN, p, new Stored()));
    assertFalse(render(Lang.AR, p, new Stored()).contains("section"));
  }

  @Test
  void theApiAddsTheStoredStatusToThePersonAndNothingWhenNotReported() throws Exception {
    Person p = person(List.of(record("family-report", "intake", 1, "s-a")));
    IntakeDesk desk = new Stored().with("s-a", Intake.CORROBORATED, "amal", "link-run model:3");
    var json = new PersonIntakeView.PersonJson(p, PersonIntakeView.reported(p, desk).orElseThrow());
    JsonNode n = SijilServer.mapper().valueToTree(json);
    assertEquals("P1", n.get("person_id").asText());
    assertEquals(1, n.get("records").size());
    assertEquals("corroborated", n.at("/reported_by_family/status").asText());
    assertEquals("link-run model:3", n.at("/reported_by_family/status_reason").asText());
    assertEquals("family-report", n.at("/reported_by_family/sources/0").asText());
    assertFalse(n.toString().contains("amal"), n.toString());
    Person other = person(List.of(record("moh", "r1", 3, "x")));
    JsonNode plain = SijilServer.mapper().valueToTree(new PersonIntakeView.PersonJson(other, null));
    assertFalse(plain.has("reported_by_family"));
    assertEquals(SijilServer.mapper().valueToTree(other), plain);
  }
}
