package org.sijil.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sijil.app.users.Role;
import org.sijil.server.auth.Session;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.http.SearchGate;
import org.sijil.server.model.Person;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.service.RegisterService;

/** The JSON API under {@code /api}; shapes are described in {@code /api/openapi.json}. */
public final class ApiHandlers {

  private final RegisterService register;
  private final Requests requests;
  private final SearchAnswer answer;
  private final SearchGate gate;

  /**
   * @param mapper the API's JSON mapper ({@link org.sijil.server.SijilServer#mapper()})
   * @param gate lets a few searches compute at once, the others waiting in order
   */
  public ApiHandlers(
      RegisterService register, Requests requests, ObjectMapper mapper, SearchGate gate) {
    this.register = register;
    this.requests = requests;
    this.answer = new SearchAnswer(mapper);
    this.gate = gate;
  }

  public void search(Context ctx) {
    var query = Params.search(ctx, 20);
    // The JSON is made inside the gate (CPU only); writing it to the client is outside.
    var body = gate.run(() -> answer.json(register.search(query)));
    answer.send(ctx, body);
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
