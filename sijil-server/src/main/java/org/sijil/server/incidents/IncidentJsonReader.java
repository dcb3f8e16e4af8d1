package org.sijil.server.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads request bodies as JSON trees. */
final class IncidentJsonReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IncidentJsonReader() {}

  static JsonNode read(String body) throws JsonProcessingException {
    return JSON.readTree(body == null || body.isBlank() ? "null" : body);
  }
}
