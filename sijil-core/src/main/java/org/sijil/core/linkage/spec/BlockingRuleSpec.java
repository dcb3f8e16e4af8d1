package org.sijil.core.linkage.spec;

import java.util.List;

/**
 * A blocking rule: two records are a candidate pair when all its keys are present and equal. A key
 * is a field ({@code dob}, {@code sex}, {@code place}) or a part of a name field: {@code
 * name_ar.full}, {@code name_ar.given}, {@code name_ar.father}, {@code name_ar.grandfather}, {@code
 * name_ar.family} (and the same parts of {@code name_en}), or {@code dob.year}.
 */
public record BlockingRuleSpec(String name, List<String> keys) {

  public BlockingRuleSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("blocking rule name must not be blank");
    }
    if (keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException("blocking rule " + name + ": needs at least one key");
    }
    keys = List.copyOf(keys);
  }

  /** The field a key is derived from: {@code name_ar.given} → {@code name_ar}. */
  public static String fieldOf(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /**
   * Whether the rule blocks on {@code field} or, for a name part like {@code name_ar.given}, on its
   * name.
   */
  public boolean usesField(String field) {
    for (String k : keys) {
      if (fieldOf(k).equalsIgnoreCase(fieldOf(field))) {
        return true;
      }
    }
    return false;
  }
}
