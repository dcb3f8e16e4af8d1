package org.sijil.store.postgres;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the PostgreSQL store areas. */
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

  static List<String> stringList(String json) {
    try {
      return JSON.readValue(json, STRING_LIST);
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
    return new IllegalStateException(what + ": " + PostgresRegister.firstLine(e.getMessage()), e);
  }
}
