package org.sijil.core.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sijil.core.UserError;
import org.sijil.core.linkage.spec.LinkageSpec;

/** Specs and fitted models as JSON documents: what is written reads back equal. */
public final class LinkageJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private LinkageJson() {}

  public static String write(LinkageSpec spec) {
    return toJson(spec);
  }

  public static String write(LinkageModel model) {
    return toJson(model);
  }

  public static LinkageSpec readSpec(String json, String source) {
    return fromJson(json, LinkageSpec.class, source);
  }

  public static LinkageModel readModel(String json, String source) {
    return fromJson(json, LinkageModel.class, source);
  }

  private static String toJson(Object o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + o.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static <T> T fromJson(String json, Class<T> type, String source) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new UserError(
          source
              + ": not a valid "
              + type.getSimpleName()
              + where
              + ": "
              + firstLine(cause.getMessage()),
          e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
