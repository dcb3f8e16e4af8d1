package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.search.MatchReason;
import org.sijil.server.SijilServer;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.SourceRecord;

/**
 * The search answer written field by field is byte for byte the JSON the API sent before (issue 14,
 * h-http): the maps it was built from are kept here as the reference.
 */
class SearchAnswerTest {

  private static final ObjectMapper MAPPER = SijilServer.mapper();

  @Test
  void aPageIsTheSameBytesAsTheMapsGave() throws Exception {
    SearchResult r =
        new SearchResult(
            1234,
            false,
            20,
            2,
            List.of(
                hit(person("T1", "اسم تجريبي أول", "Test Name One", "34", "m", 2), 0.987654321),
                hit(person("T2", null, "Test \"Quoted\" \\ Name", null, null, 1), 1.0E-5)),
            Map.of("sex", Map.of("m", 10L, "f", 3L), "source", Map.of("synthetic", 13L)),
            List.of("تجريبي", "test"));
    assertSame(r);
  }

  @Test
  void anEmptyPageWithoutFacetsIsTheSameBytes() throws Exception {
    assertSame(new SearchResult(0, true, 0, 20, List.of(), Map.of(), List.of()));
  }

  @Test
  void everyKindOfMatchIsNamedAsBefore() throws Exception {
    List<MatchReason> reasons = new ArrayList<>();
    for (MatchReason.How how : MatchReason.How.values()) {
      reasons.add(new MatchReason("test", how, "test"));
    }
    SearchResult.Hit hit =
        new SearchResult.Hit(person("T3", null, "Test Name", null, null, 1), 0.5, reasons);
    assertSame(new SearchResult(1, true, 0, 20, List.of(hit), Map.of(), List.of()));
  }

  @Test
  void aPersonMetAgainIsWrittenFromWhatWasKeptAsTheMapsGive() throws Exception {
    SearchAnswer answer = new SearchAnswer(MAPPER);
    SearchResult r =
        new SearchResult(
            2,
            true,
            0,
            20,
            List.of(
                hit(person("T1", "اسم تجريبي أول", "Test Name One", "34", "m", 2), 0.5),
                hit(person("T2", null, "Test Name Two", null, "f", 1), 0.25)),
            Map.of(),
            List.of());
    assertSame(r, answer);
    assertSame(r, answer); // every person's part kept from the first answer
  }

  @Test
  void aPersonReplacedUnderTheSameIdIsWrittenAnew() throws Exception {
    SearchAnswer answer = new SearchAnswer(MAPPER);
    Person before = person("T1", "اسم تجريبي أول", "Test Name One", "34", "m", 2);
    Person after = person("T1", "اسم تجريبي ثان", "Test Name Two", "35", "f", 1);
    assertSame(new SearchResult(1, true, 0, 20, List.of(hit(before, 0.5)), Map.of(), List.of()));
    assertSame(
        new SearchResult(1, true, 0, 20, List.of(hit(before, 0.5)), Map.of(), List.of()), answer);
    assertSame(
        new SearchResult(1, true, 0, 20, List.of(hit(after, 0.5)), Map.of(), List.of()), answer);
  }

  private static void assertSame(SearchResult r) throws Exception {
    assertSame(r, new SearchAnswer(MAPPER));
  }

  private static void assertSame(SearchResult r, SearchAnswer answer) throws Exception {
    byte[] before = MAPPER.writeValueAsString(maps(r)).getBytes(StandardCharsets.UTF_8);
    byte[] now = answer.json(r).toByteArray();
    assertTrue(before.length > 0);
    assertArrayEquals(before, now, () -> new String(now, StandardCharsets.UTF_8));
  }

  private static SearchResult.Hit hit(Person p, double score) {
    return new SearchResult.Hit(
        p,
        score,
        List.of(
            new MatchReason("test", MatchReason.How.EXACT, "test"),
            new MatchReason("تجريبي", MatchReason.How.COMPOUND_PART, "تجريبي")));
  }

  /** A made-up person (no real victim): {@code records} source records, nulls where asked. */
  private static Person person(
      String id, String nameAr, String nameEn, String age, String sex, int records) {
    List<SourceRecord> recs = new ArrayList<>();
    for (int i = 1; i <= records; i++) {
      recs.add(
          new SourceRecord(
              "synthetic/1/" + id + i,
              "synthetic",
              "1",
              i,
              i == 1 ? "900000001" : null,
              nameAr,
              nameEn,
              age,
              null,
              sex,
              null,
              LocalDate.of(2024, 1, i),
              "Test place",
              Map.of()));
    }
    return new Person(
        id,
        nameAr,
        nameEn,
        age,
        null,
        sex,
        records == 2 ? LocalDate.of(1990, 1, 2) : null,
        LocalDate.of(2024, 1, 1),
        null,
        Map.of(),
        recs,
        List.of());
  }

  /** The answer as the search handler built it before: maps for Jackson. */
  private static Map<String, Object> maps(SearchResult r) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      Person p = h.person();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person_id", p.personId());
      m.put("score", h.score());
      m.put("name_ar", p.nameAr());
      m.put("name_en", p.nameEn());
      m.put("age", p.age());
      m.put("sex", p.sex());
      m.put("dob", p.dob() == null ? null : p.dob().toString());
      m.put("dod", p.dod() == null ? null : p.dod().toString());
      m.put("place", p.place());
      List<Map<String, Object>> recs = new ArrayList<>();
      for (SourceRecord rec : p.records()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("record_id", rec.recordId());
        rm.put("source", rec.source());
        rm.put("release", rec.release());
        rm.put("row", rec.row());
        rm.put("key", rec.key());
        rm.put("name_ar", rec.nameAr());
        rm.put("name_en", rec.nameEn());
        recs.add(rm);
      }
      m.put("records", recs);
      List<Map<String, Object>> why = new ArrayList<>();
      for (var reason : h.reasons()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("token", reason.token());
        rm.put("how", reason.how().name().toLowerCase(Locale.ROOT));
        rm.put("term", reason.term());
        why.add(rm);
      }
      m.put("reasons", why);
      hits.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", r.total());
    out.put("total_exact", r.totalExact());
    out.put("offset", r.offset());
    out.put("limit", r.limit());
    out.put("hits", hits);
    out.put("suggestions", r.suggestions());
    if (!r.facets().isEmpty()) {
      out.put("facets", r.facets());
    }
    return out;
  }
}
