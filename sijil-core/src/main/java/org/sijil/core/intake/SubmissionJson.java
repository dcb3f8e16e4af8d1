package org.sijil.core.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submission as one JSON line (a bundle's lines, the web form's request body):
 *
 * <pre>{"v":1,"origin":"…","instance":"…","replaces":null,"fields":{"name_ar":"…",…},"contact":"…"}
 * </pre>
 *
 * <p>{@code origin} is required; {@code instance}, {@code replaces} and {@code contact} may be
 * absent or null; {@code fields} is an object of strings with names from {@link Submission#FIELDS}.
 * Anything else is an error naming the member.
 */
public final class SubmissionJson {

  /** The line format's version, written as {@code v}. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionJson() {}

  /** The submission as one line of JSON (no newline). */
  public static String write(Submission s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("v", VERSION);
    o.put("origin", s.origin());
    o.put("instance", s.instanceId());
    o.put("replaces", s.replaces());
    ObjectNode f = o.putObject("fields");
    s.fields().forEach(f::put);
    o.put("contact", s.contact());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException naming what is wrong (not JSON, a missing or unknown member)
   */
  public static Submission read(String line) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (!o.path("v").isInt() || o.get("v").intValue() != VERSION) {
      throw new IllegalArgumentException("v must be " + VERSION);
    }
    for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
      String n = names.next();
      if (!n.matches("v|origin|instance|replaces|fields|contact")) {
        throw new IllegalArgumentException("unknown member '" + n + "'");
      }
    }
    JsonNode fields = o.path("fields");
    if (!fields.isObject()) {
      throw new IllegalArgumentException("fields must be an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual() && !e.getValue().isNull()) {
        throw new IllegalArgumentException("field " + e.getKey() + " must be a string");
      }
      map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().textValue());
    }
    return new Submission(
        text(o, "origin"), text(o, "instance"), text(o, "replaces"), map, text(o, "contact"));
  }

  private static String text(JsonNode o, String name) {
    JsonNode n = o.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return n.textValue();
  }
}
