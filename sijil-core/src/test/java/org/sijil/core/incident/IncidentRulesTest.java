package org.sijil.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The incident rules at their edges: codes of every vocabulary, victim links and decisions, the
 * matching rules of {@link VictimMatcher} and {@link Governorate#match}, and the limits of dates,
 * places and counts. Every value is synthetic.
 */
class IncidentRulesTest {

  private static final LocalDate JAN_9 = LocalDate.of(2024, 1, 9);
  private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  private static final LocalDate JAN_11 = LocalDate.of(2024, 1, 11);
  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private static InvalidIncident invalid(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(InvalidIncident.class, e);
  }

  @Test
  void victimLinkCodesAreLowerCaseNamesReadIgnoringCaseAndSpace() {
    assertEquals("killed", VictimLink.Role.KILLED.code());
    assertEquals("missing", VictimLink.Role.MISSING.code());
    assertEquals(VictimLink.Role.INJURED, VictimLink.Role.ofCode(" Injured "));
    assertEquals("possible", VictimLink.Certainty.POSSIBLE.code());
    assertEquals(VictimLink.Certainty.PROBABLE, VictimLink.Certainty.ofCode("PROBABLE"));
    assertEquals("rejected", VictimLink.State.REJECTED.code());
    assertEquals(VictimLink.State.SUGGESTED, VictimLink.State.ofCode("suggested"));
    for (VictimLink.Role r : VictimLink.Role.values()) {
      assertSame(r, VictimLink.Role.ofCode(r.code()));
    }
  }

  @Test
  void anUnknownCodeNamesItsFieldAndTheAcceptedCodes() {
    InvalidIncident role = invalid(() -> VictimLink.Role.ofCode("wounded"));
    assertEquals("role", role.field());
    assertEquals("role: 'wounded' is not one of [killed, injured, missing]", role.getMessage());
    assertEquals("certainty", invalid(() -> VictimLink.Certainty.ofCode(null)).field());
    assertEquals("state", invalid(() -> VictimLink.State.ofCode("")).field());
    assertEquals("decision", invalid(() -> GradeDecision.Kind.ofCode("approve")).field());
    assertEquals(
        "status: 'final' is not one of [pending, corroborated, confirmed, contested, removed]",
        invalid(() -> PersonStatus.ofCode("final")).getMessage());
  }

  @Test
  void gradeDecisionAndStatusCodesRoundTrip() {
    assertEquals("reopen", GradeDecision.Kind.REOPEN.code());
    assertEquals(GradeDecision.Kind.CONTEST, GradeDecision.Kind.ofCode(" contest"));
    assertEquals("corroborated", PersonStatus.CORROBORATED.code());
    for (PersonStatus s : PersonStatus.values()) {
      assertSame(s, PersonStatus.ofCode(s.code().toUpperCase()));
    }
    assertEquals("discounted", AttributionGrade.DISCOUNTED.code());
    assertEquals("attribution_grade", invalid(() -> AttributionGrade.ofCode(null)).field());
  }

  @Test
  void aVictimLinkNeedsAllItsPartsAndAPositivePersonId() {
    VictimLink ok =
        new VictimLink(
            "SYN-1",
            1,
            VictimLink.Role.KILLED,
            VictimLink.Certainty.CONFIRMED,
            VictimLink.State.CONFIRMED);
    assertEquals(1, ok.personId());
    assertEquals(
        "person",
        invalid(
                () ->
                    new VictimLink(
                        "SYN-1",
                        0,
                        VictimLink.Role.KILLED,
                        VictimLink.Certainty.CONFIRMED,
                        VictimLink.State.CONFIRMED))
            .field());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new VictimLink(null, 1, VictimLink.Role.KILLED, VictimLink.Certainty.CONFIRMED, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VictimLink("SYN-1", 1, null, VictimLink.Certainty.CONFIRMED, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VictimLink("SYN-1", 1, VictimLink.Role.KILLED, null, VictimLink.State.SUGGESTED));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new VictimLink(
                "SYN-1", 1, VictimLink.Role.KILLED, VictimLink.Certainty.POSSIBLE, null));
  }

  @Test
  void aDecisionNeedsAPositivePersonAKindAndATime() {
    assertEquals(1, new GradeDecision(1, GradeDecision.Kind.CONFIRM, "r", "a", T).personId());
    InvalidIncident zero =
        invalid(() -> new GradeDecision(0, GradeDecision.Kind.CONFIRM, "r", "a", T));
    assertEquals("person", zero.field());
    InvalidIncident noReason =
        invalid(() -> new GradeDecision(1, GradeDecision.Kind.CONTEST, null, "a", T));
    assertEquals("reason: a contest decision needs its reason", noReason.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new GradeDecision(1, GradeDecision.Kind.CONFIRM, "r", null, T));
    assertThrows(IllegalArgumentException.class, () -> new GradeDecision(1, null, "r", "a", T));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GradeDecision(1, GradeDecision.Kind.CONFIRM, "r", "a", null));
  }

  @Test
  void theGradeCarriesTheLatestDecisionAndTheIndependentOrigins() {
    GradeDecision first = new GradeDecision(1, GradeDecision.Kind.CONTEST, "r", "a", T);
    GradeDecision reopen =
        new GradeDecision(1, GradeDecision.Kind.REOPEN, "r", "a", T.plusSeconds(1));
    PersonGrading.Grade g =
        PersonGrading.grade(
            List.of("press", "hospital", "family"),
            Map.of("press", "hospital"),
            List.of(reopen, first));
    assertEquals(PersonStatus.CORROBORATED, g.status());
    assertSame(reopen, g.decision());
    assertEquals(List.of("family", "hospital"), g.origins());
    PersonGrading.Grade none = PersonGrading.grade(List.of("family"), Map.of(), List.of());
    assertNull(none.decision());
    assertEquals(PersonStatus.PENDING, none.status());
    assertThrows(NullPointerException.class, () -> PersonGrading.grade(null, Map.of(), List.of()));
    assertThrows(NullPointerException.class, () -> PersonGrading.grade(List.of(), null, List.of()));
  }

  @Test
  void attributionNeedsANonNegativeSourceCount() {
    assertThrows(
        IllegalArgumentException.class, () -> AttributionGrade.suggest(-1, false, false, false));
    assertEquals(AttributionGrade.WEAK, AttributionGrade.suggest(0, false, false, false));
    assertEquals(AttributionGrade.FAIR, AttributionGrade.suggest(3, false, false, false));
    assertEquals(AttributionGrade.CONFIRMED, AttributionGrade.suggest(0, true, false, false));
  }

  @Test
  void governoratesMatchByCodeNameOrSpellingIgnoringCaseMarksAndSpacing() {
    assertEquals(Optional.of(Governorate.KHAN_YUNIS), Governorate.match("khan-yunis"));
    assertEquals(Optional.of(Governorate.RAFAH), Governorate.match("  RAFAH "));
    assertEquals(Optional.of(Governorate.NORTH_GAZA), Governorate.match("North   Gaza"));
    assertEquals(Optional.of(Governorate.NORTH_GAZA), Governorate.match("north_gaza"));
    assertEquals(Optional.of(Governorate.GAZA), Governorate.match("غزة"));
    assertEquals(Optional.of(Governorate.GAZA), Governorate.match("غَزَّة"), "with its marks");
    assertEquals(Optional.of(Governorate.DEIR_AL_BALAH), Governorate.match("Middle Area"));
    assertEquals(Optional.of(Governorate.DEIR_AL_BALAH), Governorate.match("دير البلح"));
    assertEquals(Optional.of(Governorate.KHAN_YUNIS), Governorate.match("Khān Yūnis"));
    assertEquals(Optional.empty(), Governorate.match("   "));
    assertEquals(Optional.empty(), Governorate.match("Gaza Strip"), "whole names only");
    assertEquals(Optional.empty(), Governorate.match("gaz"));
  }

  @Test
  void governorateCodesAndNames() {
    for (Governorate g : Governorate.values()) {
      assertSame(g, Governorate.ofCode(g.code()));
      assertEquals(Optional.of(g), Governorate.match(g.english()));
      assertEquals(Optional.of(g), Governorate.match(g.arabic()));
    }
    assertEquals("deir-al-balah", Governorate.DEIR_AL_BALAH.code());
    assertEquals("Khan Yunis", Governorate.KHAN_YUNIS.english());
    assertEquals("شمال غزة", Governorate.NORTH_GAZA.arabic());
    assertEquals("governorate", invalid(() -> Governorate.ofCode("Rafah")).field());
    assertEquals("governorate", invalid(() -> Governorate.ofCode(null)).field());
  }

  @Test
  void theIncidentFieldSuggestsWhateverTheDateAndPlace() {
    Incident i = IncidentValuesTest.incident("2024-01-09", Governorate.RAFAH);
    assertEquals(
        Optional.of(VictimLink.Certainty.PROBABLE),
        VictimMatcher.suggest(i, LocalDate.of(2023, 1, 1), "Gaza", "  Syn-1 "));
    assertEquals(
        Optional.of(VictimLink.Certainty.PROBABLE),
        VictimMatcher.suggest(i, JAN_9, "Rafah", "SYN-1"),
        "the incident field wins over date and place");
    assertEquals(Optional.empty(), VictimMatcher.suggest(i, null, "Rafah", "SYN-10"));
    assertEquals(Optional.empty(), VictimMatcher.suggest(i, null, null, null));
  }

  @Test
  void dateAndPlaceSuggestOnTheIncidentsFirstAndLastDayOnly() {
    Incident range = IncidentValuesTest.incident("2024-01-09/2024-01-11", Governorate.KHAN_YUNIS);
    Optional<VictimLink.Certainty> possible = Optional.of(VictimLink.Certainty.POSSIBLE);
    assertEquals(possible, VictimMatcher.suggest(range, JAN_9, "Khan Younis", null));
    assertEquals(possible, VictimMatcher.suggest(range, JAN_11, "خان يونس", ""));
    assertEquals(
        Optional.empty(), VictimMatcher.suggest(range, JAN_9.minusDays(1), "Khan Younis", null));
    assertEquals(
        Optional.empty(), VictimMatcher.suggest(range, JAN_11.plusDays(1), "Khan Younis", null));
    assertEquals(Optional.empty(), VictimMatcher.suggest(range, null, "Khan Younis", null));
    assertEquals(Optional.empty(), VictimMatcher.suggest(range, JAN_10, "", null));
    assertEquals(Optional.empty(), VictimMatcher.suggest(range, JAN_10, "Jabalia", null));
    Incident day = IncidentValuesTest.incident("2024-01-10T06:15", Governorate.GAZA);
    assertEquals(possible, VictimMatcher.suggest(day, JAN_10, "Gaza City", null));
    assertEquals(Optional.empty(), VictimMatcher.suggest(day, JAN_9, "Gaza City", null));
    assertEquals(
        Optional.empty(),
        VictimMatcher.suggest(day, JAN_10, "North Gaza", null),
        "North Gaza is not Gaza");
  }

  @Test
  void datesCheckTheirPrecisionAgainstTheirParts() {
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.EXACT, JAN_9, JAN_9, null));
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.DAY, JAN_9, JAN_9, LocalTime.NOON));
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.RANGE, JAN_9, JAN_9, null));
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.DAY, JAN_9, JAN_10, null));
    assertThrows(InvalidIncident.class, () -> new IncidentDate(null, JAN_9, JAN_9, null));
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.DAY, null, JAN_9, null));
    assertThrows(
        InvalidIncident.class,
        () -> new IncidentDate(IncidentDate.Precision.DAY, JAN_9, null, null));
    IncidentDate twoDays = new IncidentDate(IncidentDate.Precision.RANGE, JAN_9, JAN_10, null);
    assertEquals("2024-01-09/2024-01-10", twoDays.toString());
    assertTrue(twoDays.covers(JAN_9));
    assertTrue(twoDays.covers(JAN_10));
    assertFalse(twoDays.covers(JAN_11));
    assertFalse(twoDays.covers(null));
  }

  @Test
  void writtenDatesParseBackToThemselves() {
    for (String text : List.of("2024-01-09T06:05", "2024-01-09", "2024-01-09/2024-02-01")) {
      assertEquals(text, IncidentDate.parse(text).toString());
    }
    IncidentDate spaced = IncidentDate.parse("2024-01-09 / 2024-01-11");
    assertEquals(IncidentDate.Precision.RANGE, spaced.precision());
    assertEquals(JAN_11, spaced.to());
    IncidentDate exact = IncidentDate.parse("2024-01-09T14:30");
    assertEquals(LocalTime.of(14, 30), exact.time());
    assertEquals(JAN_9, exact.to());
    assertEquals(IncidentDate.day(JAN_9), IncidentDate.parse("2024-01-09"));
    assertEquals(
        "date: '/2024-01-09' is not a date (2024-01-09), a time (2024-01-09T14:30) or a range",
        invalid(() -> IncidentDate.parse("/2024-01-09")).getMessage());
    assertEquals("date", invalid(() -> IncidentDate.parse(null)).field());
    assertEquals("date", invalid(() -> IncidentDate.parse("2024-01-09T25:00")).field());
  }

  @Test
  void coordinatesStayWithinTheirRangesAndTheRadiusWithinItsLimits() {
    Governorate g = Governorate.RAFAH;
    assertEquals(-90.0, new Place(g, null, null, -90.0, -180.0, 1).latitude());
    assertEquals(180.0, new Place(g, null, null, 90.0, 180.0, Place.MAX_RADIUS_METRES).longitude());
    assertEquals(
        "latitude", invalid(() -> new Place(g, null, null, Math.nextUp(90.0), 0.0, 10)).field());
    assertEquals(
        "latitude", invalid(() -> new Place(g, null, null, Math.nextDown(-90.0), 0.0, 10)).field());
    assertEquals("latitude", invalid(() -> new Place(g, null, null, Double.NaN, 0.0, 10)).field());
    assertEquals(
        "longitude", invalid(() -> new Place(g, null, null, 0.0, Math.nextUp(180.0), 10)).field());
    assertEquals(
        "longitude",
        invalid(() -> new Place(g, null, null, 0.0, Math.nextDown(-180.0), 10)).field());
    assertEquals("longitude", invalid(() -> new Place(g, null, null, 0.0, Double.NaN, 10)).field());
    assertEquals("latitude", invalid(() -> new Place(g, null, null, null, 34.2, 10)).field());
    assertEquals("radius_m", invalid(() -> new Place(g, null, null, 31.3, 34.2, 0)).field());
    assertEquals(
        "radius_m",
        invalid(() -> new Place(g, null, null, 31.3, 34.2, Place.MAX_RADIUS_METRES + 1)).field());
    Place known = Place.in(g);
    assertNull(known.latitude());
    assertNull(known.radiusMetres());
    assertNull(new Place(g, "  ", null, null, null, null).locality());
  }

  @Test
  void countsAreOrderedRangesFromZero() {
    assertEquals(new Count(0, 4), Count.of("killed", null, 4));
    assertEquals(new Count(0, 0), Count.of("killed", 0, 0));
    assertEquals("0", new Count(0, 0).toString());
    assertEquals("7+", new Count(7, null).toString());
    assertEquals("0+", Count.UNKNOWN.toString());
    assertEquals("killed", invalid(() -> Count.of("killed", -1, null)).field());
    assertEquals("killed", invalid(() -> Count.of("killed", null, -1)).field());
    assertEquals(
        "injured: needs 0 <= minimum <= maximum, got 3 and 2",
        invalid(() -> Count.of("injured", 3, 2)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Count(-1, null));
    assertThrows(IllegalArgumentException.class, () -> new Count(3, 2));
    assertEquals(new Count(3, 3), Count.of("killed", 3, 3));
  }

  @Test
  void incidentsTakeDefaultsAndStripTheirText() {
    Incident i =
        new Incident(
            " SYN-2 ",
            IncidentDate.parse("2024-01-09"),
            Place.in(Governorate.GAZA),
            " sniper ",
            "  ",
            null,
            null,
            null,
            null,
            " وصف ",
            null);
    assertEquals("SYN-2", i.id());
    assertEquals("sniper", i.type());
    assertNull(i.actor());
    assertEquals(AttributionGrade.WEAK, i.grade());
    assertSame(Count.UNKNOWN, i.killed());
    assertSame(Count.UNKNOWN, i.injured());
    assertEquals(List.of(), i.sources());
    assertEquals("وصف", i.descriptionAr());
    assertNull(i.descriptionEn());
    assertEquals("id", invalid(() -> incidentWithId("x".repeat(41))).field());
    assertEquals("x".repeat(40), incidentWithId("x".repeat(40)).id());
    assertEquals("id", invalid(() -> incidentWithId("-a")).field());
    assertEquals("id", invalid(() -> incidentWithId(null)).field());
  }

  private static Incident incidentWithId(String id) {
    return new Incident(
        id,
        IncidentDate.parse("2024-01-09"),
        Place.in(Governorate.GAZA),
        "other",
        null,
        null,
        null,
        null,
        null,
        null,
        "Synthetic.");
  }

  @Test
  void sourcesNormaliseTheirKindAndHash() {
    IncidentSource s = new IncidentSource(" Media ", " a.jpg ", "AB".repeat(32));
    assertEquals("media", s.kind());
    assertEquals("a.jpg", s.reference());
    assertEquals("ab".repeat(32), s.sha256());
    assertNull(new IncidentSource("document", "ref 1", " ").sha256());
    assertEquals("sources", invalid(() -> new IncidentSource(null, "x", null)).field());
    assertEquals("sources", invalid(() -> new IncidentSource("url", "x", "a".repeat(63))).field());
  }
}
