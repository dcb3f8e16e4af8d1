package org.sijil.store.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON text columns as both backends store them (a row's cells, headers, a column mapping): one
 * reader and writer for every store area. Not for callers outside the store.
 */
public final class JsonColumns {

  /** The store's one JSON mapper (thread-safe once configured). */
  public static final ObjectMapper JSON = new ObjectMapper();

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final TypeReference<List<List<String>>> STRING_LISTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private JsonColumns() {}

  /** {@code value} as JSON text. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON array of strings (a row's cells), read with the streaming parser: it runs once per
   * record when a register is published, where binding through a type reference cost a third of the
   * read.
   */
  public static List<String> stringList(String json) {
    try (JsonParser p = JSON.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return JSON.readValue(json, STRING_LIST); // not an array: let databind say what is wrong
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw new IOException("unterminated array");
        }
        out.add(p.getValueAsString());
      }
      return out;
    } catch (IOException e) {
      throw corrupt(json, e);
    }
  }

  /** A JSON array of arrays of strings. */
  public static List<List<String>> stringLists(String json) {
    try {
      return JSON.readValue(json, STRING_LISTS);
    } catch (IOException e) {
      throw corrupt(json, e);
    }
  }

  /** A JSON object of strings. */
  public static Map<String, String> stringMap(String json) {
    try {
      return JSON.readValue(json, STRING_MAP);
    } catch (IOException e) {
      throw corrupt(json, e);
    }
  }

  private static UncheckedIOException corrupt(String json, IOException e) {
    return new UncheckedIOException("corrupt JSON in register: " + json, e);
  }
}
