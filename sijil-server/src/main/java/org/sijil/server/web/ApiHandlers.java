package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.model.Person;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterService;

/** The JSON API under {@code /api}; shapes are described in {@code /api/openapi.json}. */
public final class ApiHandlers {

  private final RegisterService register;
  private final Requests requests;

  public ApiHandlers(RegisterService register, Requests requests) {
    this.register = register;
    this.requests = requests;
  }

  public void search(Context ctx) {
    SearchResult r = register.search(Params.search(ctx, 20));
    List<Map<String, Object>> hits = new ArrayList<>(r.hits().size());
    for (SearchResult.Hit h : r.hits()) {
      Map<String, Object> hit = summary(h.person(), h.score());
      List<Map<String, Object>> why = new ArrayList<>(h.reasons().size());
      for (var reason : h.reasons()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", reason.token());
        m.put("how", reason.how().name().toLowerCase(java.util.Locale.ROOT));
        m.put("term", reason.term());
        why.add(m);
      }
      hit.put("reasons", why);
      hits.add(hit);
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
    ctx.json(out);
  }

  /** A search hit: the person's shown values and each source record's source, release and key. */
  static Map<String, Object> summary(Person p, double score) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person_id", p.personId());
    m.put("score", score);
    m.put("name_ar", p.nameAr());
    m.put("name_en", p.nameEn());
    m.put("age", p.age());
    m.put("sex", p.sex());
    m.put("dob", p.dob() == null ? null : p.dob().toString());
    m.put("dod", p.dod() == null ? null : p.dod().toString());
    m.put("place", p.place());
    List<Map<String, Object>> recs = new ArrayList<>();
    for (SourceRecord r : p.records()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("record_id", r.recordId());
      rm.put("source", r.source());
      rm.put("release", r.release());
      rm.put("row", r.row());
      rm.put("key", r.key());
      rm.put("name_ar", r.nameAr());
      rm.put("name_en", r.nameEn());
      recs.add(rm);
    }
    m.put("records", recs);
    return m;
  }

  public void person(Context ctx) {
    String id = ctx.pathParam("id");
    Person p =
        register
            .person(id)
            .orElseThrow(() -> new HttpError.NotFound("no person with id '" + id + "'"));
    ctx.json(LoadingPages.person(org.sijil.server.intake.PersonIntakeView.json(ctx, p), register));
  }

  public void releases(Context ctx) {
    ctx.json(Map.of("releases", register.releases()));
  }

  public void diff(Context ctx) {
    String source = ctx.pathParam("source");
    String label = ctx.pathParam("label");
    boolean known =
        register.releases().stream()
            .anyMatch(r -> r.source().equals(source) && r.label().equals(label));
    if (!known) {
      throw new HttpError.NotFound("no release '" + label + "' of source '" + source + "'");
    }
    String from = Params.text(ctx, "from");
    ctx.json(
        register
            .diff(source, from, label)
            .orElseThrow(
                () ->
                    new HttpError.NotFound(
                        from == null
                            ? "release '"
                                + label
                                + "' of '"
                                + source
                                + "' is the first one or has no stored diff"
                            : "no diff stored from '"
                                + from
                                + "' to '"
                                + label
                                + "' of '"
                                + source
                                + "'")));
  }

  public void statistics(Context ctx) {
    ctx.json(register.statistics());
  }

  public void estimates(Context ctx) {
    ctx.json(
        register
            .estimate()
            .orElseThrow(
                () -> new HttpError.NotFound("no estimate has been computed for this register")));
  }

  public void reviewQueue(Context ctx) {
    requests.requireRole(ctx, Role.VIEWER);
    ctx.json(Map.of("items", register.reviewQueue()));
  }

  /**
   * {@code POST /api/review/{pair}} with JSON {@code {"decision":"match"|"non-match"|"unsure",
   * "note":"…"}}; the pair as the review page or {@code sijil review list} writes it.
   */
  public void decide(Context ctx) {
    Session s = requests.requireRole(ctx, Role.ANALYST);
    requests.checkCsrf(ctx, s);
    DecisionBody body;
    try {
      body = ctx.bodyAsClass(DecisionBody.class);
    } catch (Exception e) { // Jackson's checked exceptions arrive undeclared through Javalin
      throw new HttpError.BadParameter(
          "body must be JSON {\"decision\": \"match\"|\"non-match\", \"note\": \"...\"}");
    }
    ctx.json(decide(ReviewWords.canonical(ctx.pathParam("pair")), body.decision(), body.note(), s));
  }

  /** Shared by the API and the review page. */
  ReviewItem decide(String pair, String decision, String note, Session s) {
    if (decision == null || !ReviewItem.VERDICTS.contains(decision)) {
      throw new HttpError.BadParameter(
          "decision must be 'match', 'non-match' or 'unsure', not '" + decision + "'");
    }
    if (note != null && note.length() > 2000) {
      throw new HttpError.BadParameter("note must be at most 2000 characters");
    }
    try {
      return register.decide(
          pair, decision, note == null || note.isBlank() ? null : note.strip(), s.user());
    } catch (NoSuchElementException e) {
      throw new HttpError.NotFound("no review pair '" + pair + "'");
    }
  }

  /** The body of a review decision. */
  public record DecisionBody(String decision, String note) {}
}
