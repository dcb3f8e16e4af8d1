package org.sijil.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Incident values: dates with precision, places, counts, grades, suggestions. */
class IncidentValuesTest {

  static Incident incident(String date, Governorate g) {
    return new Incident(
        "SYN-1",
        IncidentDate.parse(date),
        Place.in(g),
        "shelling",
        null,
        null,
        Count.of("killed", 2, 5),
        null,
        List.of(),
        null,
        "Synthetic incident.");
  }

  @Test
  void datesKeepTheirPrecision() {
    assertEquals(IncidentDate.Precision.EXACT, IncidentDate.parse("2024-01-09T14:30").precision());
    assertEquals("2024-01-09T14:30", IncidentDate.parse("2024-01-09T14:30").toString());
    assertEquals(IncidentDate.Precision.DAY, IncidentDate.parse(" 2024-01-09 ").precision());
    IncidentDate range = IncidentDate.parse("2024-01-09/2024-01-11");
    assertTrue(range.covers(LocalDate.of(2024, 1, 10)));
    assertFalse(range.covers(LocalDate.of(2024, 1, 12)));
    assertEquals(
        "date",
        assertThrows(InvalidIncident.class, () -> IncidentDate.parse("2024-01-11/2024-01-09"))
            .field());
    assertThrows(InvalidIncident.class, () -> IncidentDate.parse("9 Jan"));
    assertThrows(InvalidIncident.class, () -> IncidentDate.parse(""));
  }

  @Test
  void placesKeepCoordinatesWithTheirRadiusOnly() {
    Place p = new Place(Governorate.RAFAH, " Tal as-Sultan ", "", 31.3, 34.24, 500);
    assertEquals("Tal as-Sultan", p.locality());
    assertEquals(null, p.facility());
    assertEquals(
        "radius_m",
        assertThrows(
                InvalidIncident.class,
                () -> new Place(Governorate.RAFAH, null, null, 31.3, 34.2, null))
            .field());
    assertEquals(
        "latitude",
        assertThrows(
                InvalidIncident.class,
                () -> new Place(Governorate.RAFAH, null, null, 31.3, null, 10))
            .field());
    assertThrows(
        InvalidIncident.class, () -> new Place(Governorate.RAFAH, null, null, null, null, 10));
    assertThrows(InvalidIncident.class, () -> new Place(null, null, null, null, null, null));
  }

  @Test
  void governoratesMatchTheSpellingsListsUse() {
    assertEquals(Optional.of(Governorate.NORTH_GAZA), Governorate.match("شمال غزة"));
    assertEquals(Optional.of(Governorate.GAZA), Governorate.match("Gaza City"));
    assertEquals(Optional.of(Governorate.KHAN_YUNIS), Governorate.match("KHAN YOUNIS"));
    assertEquals(Optional.of(Governorate.DEIR_AL_BALAH), Governorate.match("Deir el-Balah"));
    assertEquals(Optional.empty(), Governorate.match("Jabalia camp"));
    assertEquals(Optional.empty(), Governorate.match(null));
    assertEquals(
        "governorate",
        assertThrows(InvalidIncident.class, () -> Governorate.ofCode("jenin")).field());
  }

  @Test
  void countsAreRanges() {
    assertEquals("2–5", Count.of("killed", 2, 5).toString());
    assertEquals("3", Count.of("killed", 3, 3).toString());
    assertEquals("0+", Count.of("killed", null, null).toString());
    assertEquals(
        "injured", assertThrows(InvalidIncident.class, () -> Count.of("injured", 5, 2)).field());
  }

  @Test
  void incidentsNeedAnIdATypeAndADescription() {
    assertEquals(AttributionGrade.WEAK, incident("2024-01-09", Governorate.GAZA).grade());
    assertEquals(
        "id",
        assertThrows(
                InvalidIncident.class,
                () ->
                    new Incident(
                        "a b",
                        IncidentDate.parse("2024-01-09"),
                        Place.in(Governorate.GAZA),
                        "shelling",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "x"))
            .field());
    assertEquals(
        "type",
        assertThrows(
                InvalidIncident.class,
                () ->
                    new Incident(
                        "A",
                        IncidentDate.parse("2024-01-09"),
                        Place.in(Governorate.GAZA),
                        "Shelling!",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "x"))
            .field());
    assertEquals(
        "description_en",
        assertThrows(
                InvalidIncident.class,
                () ->
                    new Incident(
                        "A",
                        IncidentDate.parse("2024-01-09"),
                        Place.in(Governorate.GAZA),
                        "shelling",
                        null,
                        null,
                        null,
                        null,
                        null,
                        " ",
                        null))
            .field());
    assertThrows(InvalidIncident.class, () -> new IncidentSource("url", "", null));
    assertThrows(InvalidIncident.class, () -> new IncidentSource("rumour", "x", null));
    assertThrows(InvalidIncident.class, () -> new IncidentSource("media", "a.jpg", "abc"));
  }

  @Test
  void attributionGradesFollowTheirRules() {
    assertEquals(AttributionGrade.DISCOUNTED, AttributionGrade.suggest(3, true, true, true));
    assertEquals(AttributionGrade.CONTESTED, AttributionGrade.suggest(3, true, true, false));
    assertEquals(AttributionGrade.CONFIRMED, AttributionGrade.suggest(1, true, false, false));
    assertEquals(AttributionGrade.FAIR, AttributionGrade.suggest(2, false, false, false));
    assertEquals(AttributionGrade.WEAK, AttributionGrade.suggest(1, false, false, false));
    assertEquals(AttributionGrade.WEAK, AttributionGrade.suggest(0, false, false, false));
    assertEquals(AttributionGrade.FAIR, AttributionGrade.ofCode(" Fair "));
    assertThrows(InvalidIncident.class, () -> AttributionGrade.ofCode("likely"));
  }

  @Test
  void suggestionsComeFromTheIncidentFieldOrDateAndPlace() {
    Incident i = incident("2024-01-09/2024-01-10", Governorate.RAFAH);
    assertEquals(
        Optional.of(VictimLink.Certainty.PROBABLE), VictimMatcher.suggest(i, null, null, "syn-1"));
    assertEquals(
        Optional.of(VictimLink.Certainty.POSSIBLE),
        VictimMatcher.suggest(i, LocalDate.of(2024, 1, 10), "رفح", null));
    assertEquals(
        Optional.empty(), VictimMatcher.suggest(i, LocalDate.of(2024, 1, 11), "رفح", null));
    assertEquals(
        Optional.empty(), VictimMatcher.suggest(i, LocalDate.of(2024, 1, 10), "Gaza", null));
    assertEquals(
        Optional.empty(), VictimMatcher.suggest(i, LocalDate.of(2024, 1, 10), null, "SYN-2"));
  }

  @Test
  void aTypeWithoutOneOfItsNamesNamesThatField() {
    InvalidIncident english =
        assertThrows(InvalidIncident.class, () -> new IncidentType("sniper", " ", "قناص"));
    assertEquals("english", english.field());
    assertEquals("english: type sniper needs an English name", english.getMessage());
    InvalidIncident arabic =
        assertThrows(InvalidIncident.class, () -> new IncidentType("sniper", "Sniper fire", null));
    assertEquals("arabic", arabic.field());
    assertEquals("arabic: type sniper needs an Arabic name", arabic.getMessage());
    assertEquals(
        "code",
        assertThrows(InvalidIncident.class, () -> new IncidentType("Sniper", "Sniper", "قناص"))
            .field());
  }
}
