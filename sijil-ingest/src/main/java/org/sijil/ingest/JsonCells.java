package org.sijil.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.UserError;

/**
 * JSON lists, streamed with Jackson: an array of objects (the header is every key, in order of
 * first appearance, found by a first streaming pass) or an array of arrays (the header is one of
 * the rows, normally the first). Scalars read as their text; nested values as their JSON text.
 */
final class JsonCells implements CellSource {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final Path file;
  private final Charset charset;
  private final JsonParser parser;
  private final List<String> header;
  private final Map<String, Integer> columnOf;

  private JsonCells(Path file, Charset charset, JsonParser parser, List<String> header) {
    this.file = file;
    this.charset = charset;
    this.parser = parser;
    this.header = header;
    this.columnOf = new LinkedHashMap<>();
    if (header != null) {
      for (int i = 0; i < header.size(); i++) {
        columnOf.put(header.get(i), i);
      }
    }
  }

  static JsonCells open(Path file, Charset forced) throws IOException {
    EncodingDetector.Detected d;
    try {
      d = EncodingDetector.detect(file);
    } catch (LineBytes.LineTooLongException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
    if (forced == null && d.mixed()) {
      // A JSON text has one encoding (RFC 8259: UTF-8); lines in another are refused, named.
      throw new UserError(
          file
              + ": lines disagree on the encoding: "
              + d.evidence()
              + "; a JSON list must be in one encoding (re-save it as UTF-8)");
    }
    Charset charset = forced != null ? forced : d.charset();
    int skip = charset.equals(d.charset()) ? d.bomLength() : 0;
    JsonParser p = parser(file, charset, skip);
    try {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new UserError(file + ": a JSON list must be an array of objects or of arrays");
      }
      JsonToken element = p.nextToken();
      List<String> header = null;
      if (element == JsonToken.START_OBJECT) {
        header = keys(file, charset, skip);
        p.close();
        p = parser(file, charset, skip);
        p.nextToken(); // [
      } else if (element == JsonToken.START_ARRAY || element == JsonToken.END_ARRAY) {
        p.close();
        p = parser(file, charset, skip);
        p.nextToken(); // [
      } else {
        throw new UserError(
            file + ": a JSON list must be an array of objects or of arrays, found " + element);
      }
      return new JsonCells(file, charset, p, header);
    } catch (JsonParseException e) {
      p.close();
      throw bad(file, e);
    } catch (RuntimeException | IOException e) {
      p.close();
      throw e;
    }
  }

  private static JsonParser parser(Path file, Charset charset, int skip) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(skip);
    return FACTORY.createParser(
        new BufferedReader(
            new InputStreamReader(
                in,
                charset
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16));
  }

  /** First pass: every key of every object, in order of first appearance. */
  private static List<String> keys(Path file, Charset charset, int skip) throws IOException {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    try (JsonParser p = parser(file, charset, skip)) {
      p.nextToken();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          keys.put(p.currentName(), Boolean.TRUE);
          p.nextToken();
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_ARRAY) {
        throw new UserError(
            file
                + ": expected only objects in the top-level array, found "
                + t
                + " at "
                + where(p.currentLocation()));
      }
    } catch (JsonParseException e) {
      throw bad(file, e);
    }
    return List.copyOf(keys.keySet());
  }

  @Override
  public List<String> declaredHeader() {
    return header;
  }

  @Override
  public List<String> next() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY || t == null) {
        return null;
      }
      if (header != null) {
        if (t != JsonToken.START_OBJECT) {
          throw new UserError(file + ": expected an object at " + position() + ", found " + t);
        }
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          Integer col = columnOf.get(parser.currentName());
          parser.nextToken();
          cells[col] = value();
        }
        return Arrays.asList(cells);
      }
      if (t != JsonToken.START_ARRAY) {
        throw new UserError(file + ": expected an array at " + position() + ", found " + t);
      }
      List<String> cells = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        cells.add(value());
      }
      return cells;
    } catch (JsonParseException e) {
      throw bad(file, e);
    }
  }

  private String value() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return "";
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      return MAPPER.writeValueAsString(MAPPER.readTree(parser));
    }
    return parser.getText();
  }

  private static UserError bad(Path file, JsonParseException e) {
    return new UserError(
        file + ": invalid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
  }

  private static String where(JsonLocation l) {
    return l == null ? "?" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  @Override
  public String encoding() {
    return charset.name();
  }

  @Override
  public String position() {
    return where(parser.currentLocation());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
