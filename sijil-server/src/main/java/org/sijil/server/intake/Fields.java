package org.sijil.server.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/** A stored submission's fields, read from the JSON object the register keeps. */
final class Fields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private Fields() {}

  /** The fields of {@code json}; empty when it cannot be read (the page still lists the row). */
  static Map<String, String> of(String json) {
    try {
      return JSON.readValue(json, MAP);
    } catch (IOException e) {
      return Map.of();
    }
  }
}
