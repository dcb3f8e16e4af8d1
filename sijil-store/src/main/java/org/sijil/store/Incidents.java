package org.sijil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incidents, their victims and the grading of persons (migration 8). Persistence only: the
 * application layer validates values (core {@code org.sijil.core.incident}) and keeps each incident
 * as a JSON document with a few columns to filter on; every save keeps the previous versions, so an
 * edit is history, never a silent overwrite.
 */
public interface Incidents {

  /**
   * An incident's filterable columns and its document.
   *
   * @param document the incident as JSON (the application's format)
   */
  record Row(
      String id,
      LocalDate from,
      LocalDate to,
      String governorate,
      String type,
      String grade,
      String document) {}

  /** The current version of an incident with who last changed it. */
  record Stored(
      Row row,
      int version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy) {}

  /** One version of an incident as it was saved, with what changed and who changed it. */
  record Version(String id, int version, String document, String change, String by, Instant at) {}

  /** A person linked (or suggested) to an incident, and the last decision on the link. */
  record Victim(
      String incidentId,
      long personId,
      String role,
      String certainty,
      String state,
      String note,
      String by,
      Instant at) {}

  /** A row of an incident file that could not be imported, kept with why. */
  record Reject(String importId, String file, long row, String field, String message, String raw) {}

  /** An analyst's decision on a person's status. */
  record Decision(long personId, String kind, String reason, String by, Instant at) {}

  /** A type of the vocabulary. */
  record Type(String code, String english, String arabic, String by, Instant at) {}

  /** The current version of an incident, if stored. */
  Optional<Stored> find(String id);

  /** Every incident's current version, by first day then id. */
  List<Stored> list();

  /**
   * Saves {@code row} as the incident's next version (1 when new) and keeps the version in its
   * history; returns the version number.
   */
  int save(Row row, String change, String by);

  /** Every version of an incident, oldest first. */
  List<Version> history(String id);

  /** Adds a victim link or replaces the one of the same incident and person. */
  void saveVictim(Victim victim);

  /** The links of an incident, by person. */
  List<Victim> victims(String incidentId);

  /** Every link of every incident. */
  List<Victim> allVictims();

  /** The links of one person to any incident, by incident (what the person page shows). */
  List<Victim> victimsOf(long personId);

  /** Keeps the rejected rows of an import. */
  void saveRejects(List<Reject> rejects);

  /** The rejected rows of an import, by row. */
  List<Reject> rejects(String importId);

  /** Adds a type, or renames one. */
  void saveType(Type type);

  /** The vocabulary, by code. */
  List<Type> types();

  /** Keeps an analyst's decision on a person (decisions are never replaced). */
  void saveDecision(Decision decision);

  /** Every decision, oldest first. */
  List<Decision> decisions();

  /** The decisions on one person, oldest first. */
  List<Decision> decisions(long personId);

  /** Declares that {@code source} republishes {@code origin} (its own name: independent). */
  void saveOrigin(String source, String origin, String by);

  /** List → origin, for the lists declared. */
  Map<String, String> origins();
}
