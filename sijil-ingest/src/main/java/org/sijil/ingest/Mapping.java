package org.sijil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.core.UserError;
import org.sijil.core.record.CanonicalField;

/**
 * A user's mapping from the file's headers to canonical fields, for headers Sijil does not
 * recognize (or recognizes wrongly). Two forms, UTF-8:
 *
 * <pre>
 * # lines: header = field   (blank lines and # comments ignored; '-' leaves a column unmapped)
 * الاسم الكامل = name_ar
 * Date killed = dod
 * Notes = -
 * </pre>
 *
 * or a JSON object {@code {"الاسم الكامل": "name_ar", "Date killed": "dod", "Notes": null}}.
 * Fields: id, name_ar, name_en, age, dob, sex, source, dod, place. Headers match case-insensitively
 * and ignoring punctuation and Arabic letter variants. A mapping wins over recognized headers and
 * over what a column's content suggests. The line {@code names = none} (JSON {@code "names":
 * "none"}) says the list has no name column on purpose; without it a file in which no name column
 * is found is refused.
 */
public final class Mapping {

  /** Normalized header to canonical field key; "" leaves the column unmapped. */
  private final Map<String, String> byHeader;

  /** Header of the line that declares a list without names. */
  static final String NAMES = "names";

  /** Value of that line. */
  static final String NONE = "none";

  private final boolean noNames;

  private Mapping(Map<String, String> byHeader, boolean noNames) {
    this.byHeader = Map.copyOf(byHeader);
    this.noNames = noNames;
  }

  /** Whether the mapping says the list has no name column ({@code names = none}). */
  boolean noNames() {
    return noNames;
  }

  public static Mapping of(Map<String, String> headerToField) {
    Map<String, String> m = new LinkedHashMap<>();
    boolean[] noNames = {false};
    headerToField.forEach(
        (h, f) -> {
          if (isNoNames(h, f)) {
            noNames[0] = true;
          } else {
            m.put(Headers.normalize(h), field(f, "mapping for '" + h + "'"));
          }
        });
    return new Mapping(m, noNames[0]);
  }

  public static Mapping load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such mapping file: " + file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    } catch (IOException e) {
      throw new UserError("cannot read mapping file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> m = new LinkedHashMap<>();
    boolean noNames = false;
    if (text.strip().startsWith("{")) {
      JsonNode root;
      try {
        root = new ObjectMapper().readTree(text);
      } catch (IOException e) {
        throw new UserError("mapping file " + file + " is not valid JSON: " + e.getMessage(), e);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String value = e.getValue().isNull() ? "-" : e.getValue().asText();
        if (isNoNames(e.getKey(), value)) {
          noNames = true;
          continue;
        }
        m.put(Headers.normalize(e.getKey()), field(value, file + ", key '" + e.getKey() + "'"));
      }
    } else {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.lastIndexOf('=');
        if (eq <= 0) {
          throw new UserError(
              file + ", line " + (i + 1) + ": expected 'header = field', got '" + line + "'");
        }
        if (isNoNames(line.substring(0, eq), line.substring(eq + 1))) {
          noNames = true;
          continue;
        }
        m.put(
            Headers.normalize(line.substring(0, eq)),
            field(line.substring(eq + 1), file + ", line " + (i + 1)));
      }
    }
    return new Mapping(m, noNames);
  }

  private static boolean isNoNames(String header, String value) {
    return Headers.normalize(header).equals(NAMES)
        && value != null
        && value.strip().equalsIgnoreCase(NONE);
  }

  private static String field(String value, String where) {
    String v = value == null ? "-" : value.strip();
    if (v.equals("-") || v.isEmpty()) {
      return "";
    }
    return CanonicalField.byKey(v)
        .map(CanonicalField::key)
        .orElseThrow(
            () ->
                new UserError(
                    where
                        + ": unknown field '"
                        + v
                        + "'; use one of id, name_ar, name_en, age, dob, sex, source, dod, place, or -"));
  }

  /** The field for {@code header}: a key, "" when explicitly unmapped, null when not mentioned. */
  String fieldFor(String header) {
    return byHeader.get(Headers.normalize(header));
  }

  boolean isEmpty() {
    return byHeader.isEmpty();
  }
}
