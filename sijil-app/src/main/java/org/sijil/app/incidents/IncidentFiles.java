package org.sijil.app.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.core.incident.Incident;
import org.sijil.core.incident.IncidentSource;
import org.sijil.core.incident.InvalidIncident;

/**
 * Reads incident files: CSV with a header line (columns named as {@link IncidentJson}'s properties;
 * {@code sources} as {@code kind:reference[#sha256]} items separated by {@code ;}) or JSON (an
 * array of objects, or an object with an {@code incidents} array). Every bad row becomes a reject
 * naming its row and field; nothing is dropped silently.
 */
public final class IncidentFiles {

  /** A row read: its 1-based number among the file's incidents and the incident. */
  public record Read(long row, Incident incident) {}

  /** A row that could not be read, with the field at fault (null for the whole row). */
  public record Rejected(long row, String field, String message, String raw) {}

  /** What a file holds. */
  public record Parsed(String file, List<Read> incidents, List<Rejected> rejects) {}

  /** The columns a CSV file must have. */
  static final List<String> REQUIRED = List.of("id", "date", "governorate", "type");

  private IncidentFiles() {}

  /** Reads {@code file}, by its extension ({@code .json}) or else as CSV. */
  public static Parsed read(Path file) {
    String text = readText(file);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json")
        ? json(file.toString(), text)
        : csv(file.toString(), text);
  }

  static Parsed csv(String file, String text) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<Read> read = new ArrayList<>();
    List<Rejected> rejects = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : REQUIRED) {
        if (!header.contains(column)) {
          throw new UserError(
              file + ": the header has no column '" + column + "' (it has " + header + ")");
        }
      }
      long row = 0;
      for (CSVRecord r : parser) {
        row++;
        ObjectNode o = IncidentJson.JSON.createObjectNode();
        for (Map.Entry<String, String> e : r.toMap().entrySet()) {
          o.put(e.getKey(), e.getValue());
        }
        String raw = String.join(",", r.toList());
        if (!r.isConsistent()) {
          rejects.add(
              new Rejected(
                  row, null, "has " + r.size() + " cells, the header " + header.size(), raw));
          continue;
        }
        add(o, row, raw, read, rejects);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError(file + ": not a readable CSV file: " + e.getMessage(), e);
    }
    return new Parsed(file, read, rejects);
  }

  static Parsed json(String file, String text) {
    JsonNode root;
    try {
      root = IncidentJson.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UserError(
          file + ": not JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(),
          e);
    }
    JsonNode list = root != null && root.isObject() ? root.get("incidents") : root;
    if (list == null || !list.isArray()) {
      throw new UserError(file + ": expected an array of incidents, or {\"incidents\": [...]}");
    }
    List<Read> read = new ArrayList<>();
    List<Rejected> rejects = new ArrayList<>();
    long row = 0;
    for (JsonNode o : list) {
      add(o, ++row, o.toString(), read, rejects);
    }
    return new Parsed(file, read, rejects);
  }

  private static void add(
      JsonNode o, long row, String raw, List<Read> read, List<Rejected> rejects) {
    try {
      read.add(new Read(row, IncidentJson.fromJson(o)));
    } catch (InvalidIncident e) {
      rejects.add(new Rejected(row, e.field(), e.getMessage(), raw));
    }
  }

  /** Parses {@code kind:reference[#sha256]} items separated by {@code ;}. */
  static List<IncidentSource> sources(String text) {
    List<IncidentSource> out = new ArrayList<>();
    for (String item : text.split(";")) {
      String s = item.strip();
      if (s.isEmpty()) {
        continue;
      }
      int colon = s.indexOf(':');
      if (colon <= 0) {
        throw new InvalidIncident(
            "sources", "'" + s + "' is not kind:reference (e.g. url:https://…)");
      }
      String rest = s.substring(colon + 1);
      int hash = rest.lastIndexOf('#');
      boolean withSha = hash >= 0 && rest.substring(hash + 1).strip().matches("[0-9a-fA-F]{64}");
      out.add(
          new IncidentSource(
              s.substring(0, colon),
              withSha ? rest.substring(0, hash) : rest,
              withSha ? rest.substring(hash + 1) : null));
    }
    return out;
  }

  private static String readText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + file);
    } catch (CharacterCodingException e) {
      throw new UserError(file + ": not UTF-8 text (save it as UTF-8 and import again)");
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
