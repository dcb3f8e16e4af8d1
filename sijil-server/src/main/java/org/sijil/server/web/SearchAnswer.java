package org.sijil.server.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.sijil.search.MatchReason;
import org.sijil.server.model.Person;
import org.sijil.server.model.SearchResult;

/**
 * The search API's answer ({@code GET /api/persons}), written field by field as UTF-8 JSON and
 * handed to the response as bytes (issue 14, h-http).
 *
 * <p>Why not {@code ctx.json(map)}: at 200,000 persons the maps built per hit, Javalin's JSON text
 * as a (mostly UTF-16, Arabic) {@code String}, its UTF-8 copy and the 32 KB buffer Javalin copies
 * every result stream through were a third of the heap a one-token request allocated, for the same
 * bytes (docs/benchmarks.md, "Session 14, h-http"). The fields, their order and their values are
 * the ones the maps gave, written by the same mapper's generator: the answer is byte for byte the
 * same ({@code SearchAnswerTest}).
 */
final class SearchAnswer {

  /** A page of 20 hits is ~9 KB; the buffer grows for larger pages. */
  private static final int FIRST_BYTES = 16 * 1024;

  /**
   * How each kind of match is named in the answer, made once: lower-casing the enum's name for
   * every reason of every hit made a new string each time (JFR's allocation samples put it at most
   * of the handler's heap, Session 21, h-http).
   */
  private static final String[] HOW_NAMES = howNames();

  private final ObjectMapper mapper;

  /** The persons' parts of hits, kept across requests. */
  private final PersonJson persons;

  SearchAnswer(ObjectMapper mapper) {
    this.mapper = mapper;
    this.persons = new PersonJson(mapper);
  }

  /** Sends {@code body} ({@link #json}) as the response (compressed by Javalin when asked). */
  void send(Context ctx, ByteArrayOutputStream body) {
    ctx.contentType(ContentType.APPLICATION_JSON);
    try {
      body.writeTo(ctx.outputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer's JSON. */
  ByteArrayOutputStream json(SearchResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(FIRST_BYTES);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("total", r.total());
      g.writeBooleanField("total_exact", r.totalExact());
      g.writeNumberField("offset", r.offset());
      g.writeNumberField("limit", r.limit());
      g.writeArrayFieldStart("hits");
      for (SearchResult.Hit h : r.hits()) {
        hit(g, out, h);
      }
      g.writeEndArray();
      g.writeObjectField("suggestions", r.suggestions());
      if (!r.facets().isEmpty()) {
        g.writeObjectField("facets", r.facets());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String[] howNames() {
    MatchReason.How[] all = MatchReason.How.values();
    String[] names = new String[all.length];
    for (MatchReason.How how : all) {
      names[how.ordinal()] = how.name().toLowerCase(Locale.ROOT);
    }
    return names;
  }

  /**
   * A hit: the person's id and the score, then the person's shown values and each source record's
   * source, release and key ({@link PersonJson}, kept per person), then the reasons.
   */
  private void hit(JsonGenerator g, ByteArrayOutputStream out, SearchResult.Hit h)
      throws IOException {
    Person p = h.person();
    g.writeStartObject();
    g.writeStringField("person_id", p.personId());
    g.writeNumberField("score", h.score());
    persons.write(g, out, p);
    g.writeArrayFieldStart("reasons");
    for (MatchReason reason : h.reasons()) {
      g.writeStartObject();
      g.writeStringField("token", reason.token());
      g.writeStringField("how", HOW_NAMES[reason.how().ordinal()]);
      g.writeStringField("term", reason.term());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
