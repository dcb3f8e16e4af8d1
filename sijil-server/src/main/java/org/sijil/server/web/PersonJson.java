package org.sijil.server.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;

/**
 * The part of a search hit's JSON that is the person's alone ({@code "name_ar"} to the end of
 * {@code "records"}), written once as UTF-8 by the API's mapper and kept per person.
 *
 * <p>Why: a hit's person is most of its answer, and writing it (Arabic and Latin names encoded to
 * UTF-8 character by character, dates turned into text) was three quarters of {@link
 * SearchAnswer}'s CPU, though the same persons come back request after request (a common name's
 * first page). The kept bytes are the ones the mapper's generator wrote for the same fields: the
 * answer stays byte for byte the same ({@code SearchAnswerTest}).
 *
 * <p>A kept part is used only for the very person object it was written from: a register reloaded
 * or a person corrected is a new object, written again. Bounded as {@code KeptNames} is (the server
 * mix's 91,427 distinct hits at 1M persons fit, docs/benchmarks.md "Session 22, h-reasons"): when
 * {@link #LIMIT} persons are kept the map is emptied and fills again. Safe for concurrent requests.
 */
final class PersonJson {

  /** Persons kept at most (a part is some 300-500 bytes). */
  static final int LIMIT = 100_000;

  /**
   * A person's part, and the person it was written from, weakly: after a reload the old register's
   * persons are not kept reachable by their parts (up to {@link #LIMIT} of them until their ids
   * come up again), only the bytes are, until replaced or emptied.
   */
  private record Kept(WeakReference<Person> person, byte[] json) {}

  private final ObjectMapper mapper;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  PersonJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes the person's part after a hit's last field written so far, starting with the comma that
   * separates it from that field: {@code g} is flushed and the bytes appended to {@code out}, the
   * stream under {@code g}, so {@code g}'s next field follows them with its own comma.
   */
  void write(JsonGenerator g, OutputStream out, Person p) throws IOException {
    g.flush();
    out.write(of(p));
  }

  /** The person's part, from {@code ,"name_ar":} to the closing bracket of the records. */
  byte[] of(Person p) {
    Kept k = kept.get(p.personId());
    if (k != null && k.person().get() == p) {
      return k.json();
    }
    byte[] json = written(p);
    if (kept.size() >= LIMIT) {
      kept.clear();
    }
    kept.put(p.personId(), new Kept(new WeakReference<>(p), json));
    return json;
  }

  /** Persons kept now (for tests). */
  int size() {
    return kept.size();
  }

  /**
   * The fields written by the mapper's generator inside an object of their own, then that object's
   * braces replaced by the comma that follows the score in a hit.
   */
  private byte[] written(Person p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.writeStartObject();
      fields(g, p);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] object = out.toByteArray();
    byte[] part = Arrays.copyOfRange(object, 0, object.length - 1);
    part[0] = ',';
    return part;
  }

  /** A hit's fields after its score: the person's shown values and each record's. */
  private static void fields(JsonGenerator g, Person p) throws IOException {
    g.writeStringField("name_ar", p.nameAr());
    g.writeStringField("name_en", p.nameEn());
    g.writeStringField("age", p.age());
    g.writeStringField("sex", p.sex());
    g.writeStringField("dob", p.dob() == null ? null : p.dob().toString());
    g.writeStringField("dod", p.dod() == null ? null : p.dod().toString());
    g.writeStringField("place", p.place());
    g.writeArrayFieldStart("records");
    for (SourceRecord rec : p.records()) {
      g.writeStartObject();
      g.writeStringField("record_id", rec.recordId());
      g.writeStringField("source", rec.source());
      g.writeStringField("release", rec.release());
      g.writeNumberField("row", rec.row());
      g.writeStringField("key", rec.key());
      g.writeStringField("name_ar", rec.nameAr());
      g.writeStringField("name_en", rec.nameEn());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
