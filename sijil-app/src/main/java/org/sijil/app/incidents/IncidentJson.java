package org.sijil.app.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sijil.core.incident.AttributionGrade;
import org.sijil.core.incident.Count;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentDate;
import org.sijil.core.incident.IncidentSource;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.core.incident.Place;
import org.sijil.store.Incidents;

/**
 * An incident as a JSON object with its properties in one fixed order (the names of the import
 * file's columns), so a version's document, and so its SHA-256, is the same wherever it is made.
 * The same object is the import's JSON form, the API's and the dossier's.
 */
public final class IncidentJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private IncidentJson() {}

  /** The incident as an object in the fixed property order. */
  public static ObjectNode toJson(Incident i) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", i.id());
    o.put("date", i.date().toString());
    o.put("date_precision", i.date().precision().name().toLowerCase(java.util.Locale.ROOT));
    Place p = i.place();
    o.put("governorate", p.governorate().code());
    o.put("locality", p.locality());
    o.put("facility", p.facility());
    o.put("latitude", p.latitude());
    o.put("longitude", p.longitude());
    o.put("radius_m", p.radiusMetres());
    o.put("type", i.type());
    o.put("actor", i.actor());
    o.put("attribution_grade", i.grade().code());
    o.put("killed_min", i.killed().min());
    o.put("killed_max", i.killed().max());
    o.put("injured_min", i.injured().min());
    o.put("injured_max", i.injured().max());
    ArrayNode sources = o.putArray("sources");
    for (IncidentSource s : i.sources()) {
      sources
          .addObject()
          .put("kind", s.kind())
          .put("reference", s.reference())
          .put("sha256", s.sha256());
    }
    o.put("description_ar", i.descriptionAr());
    o.put("description_en", i.descriptionEn());
    return o;
  }

  /** The document stored for a version: the object above, compact UTF-8. */
  public static String document(Incident i) {
    try {
      return JSON.writeValueAsString(toJson(i));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lowercase hex SHA-256 of a document's UTF-8 bytes. */
  public static String sha256(String document) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The store's row for an incident. */
  static Incidents.Row row(Incident i) {
    return new Incidents.Row(
        i.id(),
        i.date().from(),
        i.date().to(),
        i.place().governorate().code(),
        i.type(),
        i.grade().code(),
        document(i));
  }

  /** Reads a stored document back. */
  public static Incident parse(String document) {
    try {
      return fromJson(JSON.readTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt incident document in register: " + document, e);
    }
  }

  /**
   * An incident from an object with the import's property names.
   *
   * @throws InvalidIncident naming the property that is wrong
   */
  public static Incident fromJson(JsonNode o) {
    if (o == null || !o.isObject()) {
      throw new InvalidIncident("incident", "each incident is a JSON object");
    }
    List<IncidentSource> sources = new ArrayList<>();
    JsonNode s = o.get("sources");
    if (s != null && s.isArray()) {
      for (JsonNode n : s) {
        sources.add(new IncidentSource(text(n, "kind"), text(n, "reference"), text(n, "sha256")));
      }
    } else if (s != null && s.isTextual()) {
      sources.addAll(IncidentFiles.sources(s.asText()));
    } else if (s != null && !s.isNull()) {
      throw new InvalidIncident("sources", "is a list of {kind, reference, sha256}");
    }
    return new Incident(
        text(o, "id"),
        IncidentDate.parse(text(o, "date")),
        new Place(
            Governorate.ofCode(text(o, "governorate")),
            text(o, "locality"),
            text(o, "facility"),
            decimal(o, "latitude"),
            decimal(o, "longitude"),
            integer(o, "radius_m")),
        text(o, "type"),
        text(o, "actor"),
        text(o, "attribution_grade") == null
            ? null
            : AttributionGrade.ofCode(text(o, "attribution_grade")),
        Count.of("killed_min", integer(o, "killed_min"), integer(o, "killed_max")),
        Count.of("injured_min", integer(o, "injured_min"), integer(o, "injured_max")),
        sources,
        text(o, "description_ar"),
        text(o, "description_en"));
  }

  private static String text(JsonNode o, String name) {
    JsonNode n = o.get(name);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }

  static Double decimal(JsonNode o, String name) {
    String t = text(o, name);
    try {
      return t == null ? null : Double.valueOf(t);
    } catch (NumberFormatException e) {
      throw new InvalidIncident(name, "'" + t + "' is not a number");
    }
  }

  static Integer integer(JsonNode o, String name) {
    String t = text(o, name);
    try {
      return t == null ? null : Integer.valueOf(t);
    } catch (NumberFormatException e) {
      throw new InvalidIncident(name, "'" + t + "' is not a whole number");
    }
  }
}
