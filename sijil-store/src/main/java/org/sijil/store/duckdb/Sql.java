package org.sijil.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the DuckDB store areas. */
final class Sql {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final TypeReference<List<List<String>>> STRING_LISTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private Sql() {}

  static String toJson(Object value) {
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
  static List<String> stringList(String json) {
    try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        return JSON.readValue(json, STRING_LIST); // not an array: let databind say what is wrong
      }
      List<String> out = new java.util.ArrayList<>();
      for (com.fasterxml.jackson.core.JsonToken t = p.nextToken();
          t != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
          t = p.nextToken()) {
        if (t == null) {
          throw new IOException("unterminated array");
        }
        out.add(p.getValueAsString());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt JSON in register: " + json, e);
    }
  }

  static List<List<String>> stringLists(String json) {
    try {
      return JSON.readValue(json, STRING_LISTS);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt JSON in register: " + json, e);
    }
  }

  static Map<String, String> stringMap(String json) {
    try {
      return JSON.readValue(json, STRING_MAP);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt JSON in register: " + json, e);
    }
  }

  static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + DuckDbRegister.firstLine(e.getMessage()), e);
  }
}
