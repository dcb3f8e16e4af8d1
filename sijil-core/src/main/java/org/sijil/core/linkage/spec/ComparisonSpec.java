package org.sijil.core.linkage.spec;

import java.util.List;
import java.util.Locale;

/**
 * One comparison of a pair of records on one field, as an ordered list of levels from strongest
 * agreement to {@code else}. The first level must be the {@code null} level and the last an {@code
 * else} level, so that every pair gets exactly one level and missing values carry no weight.
 *
 * @param name unique name (shown in explanations, keys in the fitted model)
 * @param type how the field is prepared and compared: {@code arabic_name}, {@code latin_name},
 *     {@code cross_script_name} (field {@code name}: an Arabic-only record's name against a
 *     Latin-only one's), {@code date}, {@code age}, {@code category} or {@code text}
 * @param field canonical field key ({@code name_ar}, {@code dob}, …) or, for {@code text} and
 *     {@code category}, any column of the file
 * @param similarity similarity function of {@code similarity} levels: {@code jaro_winkler} on the
 *     normalized form; for names also {@code token_jaro_winkler} (token by token when the token
 *     counts agree, else the whole name; the default) and {@code name_engine} (the name engine's
 *     own comparator, slower); null for types without similarity
 * @param termFrequency whether the {@code exact} level is adjusted by how common the value is
 * @param levels the levels, null first, else last
 */
public record ComparisonSpec(
    String name,
    String type,
    String field,
    String similarity,
    boolean termFrequency,
    List<LevelSpec> levels) {

  public ComparisonSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("comparison name must not be blank");
    }
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("comparison " + name + ": field must be given");
    }
    FieldType.of(type, name);
    if (levels == null || levels.size() < 3) {
      throw new IllegalArgumentException(
          "comparison " + name + ": needs at least null, one level and else");
    }
    levels = List.copyOf(levels);
    if (levels.get(0).kind() != LevelSpec.TestKind.NULL) {
      throw new IllegalArgumentException(
          "comparison " + name + ": first level must be the null level");
    }
    if (levels.get(levels.size() - 1).kind() != LevelSpec.TestKind.ELSE) {
      throw new IllegalArgumentException("comparison " + name + ": last level must be else");
    }
    if (levels.size() > 15) {
      throw new IllegalArgumentException(
          "comparison " + name + ": at most 15 levels, got " + levels.size());
    }
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      LevelSpec l = levels.get(i);
      if (!labels.add(l.label())) {
        throw new IllegalArgumentException(
            "comparison " + name + ": duplicate level label " + l.label());
      }
      if (i > 0
          && i < levels.size() - 1
          && (l.kind() == LevelSpec.TestKind.NULL || l.kind() == LevelSpec.TestKind.ELSE)) {
        throw new IllegalArgumentException(
            "comparison " + name + ": level " + l.label() + " must be first or last");
      }
    }
  }

  public FieldType fieldType() {
    return FieldType.of(type, name);
  }

  /** Index of the level labelled {@code exact} test, or -1. */
  public int exactLevel() {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).kind() == LevelSpec.TestKind.EXACT) {
        return i;
      }
    }
    return -1;
  }

  /** Field preparation types. */
  public enum FieldType {
    ARABIC_NAME,
    LATIN_NAME,
    /**
     * The field {@code name}: {@code name_ar} of records without a Latin name against {@code
     * name_en} of records without an Arabic one, in one spelling for both scripts.
     */
    CROSS_SCRIPT_NAME,
    DATE,
    AGE,
    CATEGORY,
    TEXT;

    static FieldType of(String type, String comparison) {
      if (type == null) {
        throw new IllegalArgumentException("comparison " + comparison + ": type must be given");
      }
      try {
        return valueOf(type.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "comparison "
                + comparison
                + ": unknown type '"
                + type
                + "' (known: arabic_name, latin_name, cross_script_name, date, age, category, text)");
      }
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
