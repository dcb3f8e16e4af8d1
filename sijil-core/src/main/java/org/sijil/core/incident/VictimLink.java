package org.sijil.core.incident;

import java.util.Locale;

/**
 * A person linked to an incident: their role in it, how certain the link is, and whether an analyst
 * confirmed it (suggestions wait for a decision; rejected ones are kept so they are not suggested
 * again).
 */
public record VictimLink(
    String incidentId, long personId, Role role, Certainty certainty, State state) {

  /** What happened to the person in the incident. */
  public enum Role {
    KILLED,
    INJURED,
    MISSING;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofCode(String code) {
      return parse(Role.class, "role", code);
    }
  }

  /** How certain it is that the person was a victim of this incident. */
  public enum Certainty {
    /** Named by a source of the incident, or confirmed by an analyst from its documents. */
    CONFIRMED,
    /** The person's list names the incident. */
    PROBABLE,
    /** Only the date and governorate of death agree. */
    POSSIBLE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Certainty ofCode(String code) {
      return parse(Certainty.class, "certainty", code);
    }
  }

  /** Where the link stands in review. */
  public enum State {
    SUGGESTED,
    CONFIRMED,
    REJECTED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State ofCode(String code) {
      return parse(State.class, "state", code);
    }
  }

  public VictimLink {
    if (incidentId == null || role == null || certainty == null || state == null) {
      throw new IllegalArgumentException("a victim link needs incident, role, certainty and state");
    }
    if (personId <= 0) {
      throw new InvalidIncident("person", "person ids are positive, not " + personId);
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(c)) {
        return e;
      }
    }
    throw new InvalidIncident(
        field,
        "'"
            + code
            + "' is not one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList());
  }
}
