package org.sijil.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grading rule of docs/grading.md, one test per rule. */
class PersonGradingTest {

  static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  static GradeDecision d(GradeDecision.Kind kind, int secondsLater) {
    return new GradeDecision(1, kind, "reason", "analyst", T.plusSeconds(secondsLater));
  }

  static PersonStatus status(
      List<String> sources, Map<String, String> origins, GradeDecision... ds) {
    return PersonGrading.grade(sources, origins, List.of(ds)).status();
  }

  @Test
  void rule1TheLatestDecisionCounts() {
    List<String> two = List.of("hospital", "family");
    assertEquals(PersonStatus.REMOVED, status(two, Map.of(), d(GradeDecision.Kind.REMOVE, 0)));
    assertEquals(
        PersonStatus.CONTESTED,
        status(List.of("hospital"), Map.of(), d(GradeDecision.Kind.CONTEST, 0)));
    assertEquals(
        PersonStatus.CONFIRMED,
        status(List.of("hospital"), Map.of(), d(GradeDecision.Kind.CONFIRM, 0)));
    // later wins, in whatever order the decisions come
    assertEquals(
        PersonStatus.CONFIRMED,
        status(two, Map.of(), d(GradeDecision.Kind.CONFIRM, 5), d(GradeDecision.Kind.CONTEST, 1)));
  }

  @Test
  void rule1AReopenHandsTheStatusBackToTheSources() {
    assertEquals(
        PersonStatus.PENDING,
        status(
            List.of("hospital"),
            Map.of(),
            d(GradeDecision.Kind.REMOVE, 0),
            d(GradeDecision.Kind.REOPEN, 1)));
    assertEquals(
        PersonStatus.CORROBORATED,
        status(
            List.of("hospital", "family"),
            Map.of(),
            d(GradeDecision.Kind.CONTEST, 0),
            d(GradeDecision.Kind.REOPEN, 1)));
  }

  @Test
  void rule2TwoIndependentSourcesCorroborate() {
    PersonGrading.Grade g =
        PersonGrading.grade(List.of("hospital", "family", "hospital"), Map.of(), List.of());
    assertEquals(PersonStatus.CORROBORATED, g.status());
    assertEquals(List.of("family", "hospital"), g.origins());
  }

  @Test
  void rule2AListThatRepublishesAnotherIsNotIndependent() {
    assertEquals(
        PersonStatus.PENDING, status(List.of("hospital", "press"), Map.of("press", "hospital")));
    assertEquals(
        PersonStatus.CORROBORATED,
        status(List.of("hospital", "press", "family"), Map.of("press", "hospital")));
  }

  @Test
  void rule3OneSourceIsPending() {
    assertEquals(PersonStatus.PENDING, status(List.of("hospital", "hospital"), Map.of()));
    assertEquals(PersonStatus.PENDING, status(List.of(), Map.of()));
  }

  @Test
  void aDecisionNeedsItsReasonAndAuthor() {
    assertThrows(
        InvalidIncident.class, () -> new GradeDecision(1, GradeDecision.Kind.REMOVE, " ", "a", T));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GradeDecision(1, GradeDecision.Kind.REMOVE, "r", "", T));
  }
}
