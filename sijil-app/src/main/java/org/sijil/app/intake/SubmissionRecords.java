package org.sijil.app.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.intake.SubmissionRules;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.store.Intake;

/**
 * The records an intake source's submissions make: one per chain of versions, its current version
 * (the one no stored submission replaces), ordered by the arrival of the chain's first stored
 * version so a record keeps its row as later sources and edits arrive. A version that arrives after
 * its successor (out of order) is stored but is not current. The reporter's relation and contact
 * are never cells: the public view says only which source reported.
 */
final class SubmissionRecords {

  /** The cells' headers, in order. */
  static final List<String> HEADERS =
      List.of(
          "id",
          "submission",
          "version",
          "name_ar",
          "name_en",
          "father_name",
          "mother_name",
          "sex",
          "age",
          "dob",
          "dod",
          "place",
          "circumstances",
          "incident",
          "channel");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  /** One record: its cells and the parsed record. */
  record Row(List<String> cells, CasualtyRecord record) {}

  private SubmissionRecords() {}

  /**
   * The rows of {@code all} (one source's submissions, any order): one per chain, the chain being
   * every version sharing a first version ({@link #root}), so two edits of one original (a fork:
   * both replace it) are one record, not two. Its current version is the newest of the versions no
   * other replaces: the deepest (most edits), then the last to arrive; {@code version} counts the
   * chain's stored versions.
   */
  static List<Row> rows(List<Intake.Stored> all) {
    Map<String, Intake.Stored> byId = new HashMap<>();
    Set<String> replaced = new HashSet<>();
    for (Intake.Stored s : all) {
      byId.put(s.id(), s);
      if (s.replacesId() != null) {
        replaced.add(s.replacesId());
      }
    }
    Map<String, List<Intake.Stored>> chains = new LinkedHashMap<>();
    for (Intake.Stored s : all) {
      chains.computeIfAbsent(root(s, byId), k -> new ArrayList<>()).add(s);
    }
    record Chain(Intake.Stored current, String root, int versions, long firstSeq) {}
    List<Chain> ordered = new ArrayList<>();
    for (Map.Entry<String, List<Intake.Stored>> e : chains.entrySet()) {
      List<Intake.Stored> versions = e.getValue();
      Intake.Stored current =
          versions.stream()
              .filter(v -> !replaced.contains(v.id()))
              .max(
                  Comparator.comparingInt((Intake.Stored v) -> depth(v, byId))
                      .thenComparingLong(Intake.Stored::seq))
              .orElse(versions.get(versions.size() - 1));
      long firstSeq = versions.stream().mapToLong(Intake.Stored::seq).min().orElseThrow();
      ordered.add(new Chain(current, e.getKey(), versions.size(), firstSeq));
    }
    ordered.sort(Comparator.comparingLong(Chain::firstSeq));
    List<Row> rows = new ArrayList<>();
    for (Chain c : ordered) {
      rows.add(row(rows.size() + 1, c.current(), c.root(), c.versions()));
    }
    return rows;
  }

  /** Each submission's chain: submission ID to the ID of its chain's first version. */
  static Map<String, String> roots(List<Intake.Stored> all) {
    Map<String, Intake.Stored> byId = new HashMap<>();
    for (Intake.Stored s : all) {
      byId.put(s.id(), s);
    }
    Map<String, String> roots = new HashMap<>();
    for (Intake.Stored s : all) {
      roots.put(s.id(), root(s, byId));
    }
    return roots;
  }

  /** How many stored versions precede {@code s} in its chain. */
  private static int depth(Intake.Stored s, Map<String, Intake.Stored> byId) {
    int depth = 0;
    Set<String> seen = new HashSet<>();
    for (Intake.Stored p = s;
        p.replacesId() != null && byId.containsKey(p.replacesId()) && seen.add(p.id()); ) {
      p = byId.get(p.replacesId());
      depth++;
    }
    return depth;
  }

  /**
   * The ID of the chain's first version: known from the instance ID an edit replaces even before
   * that version arrives, so a record's {@code id} does not change with the order of arrival.
   */
  private static String root(Intake.Stored s, Map<String, Intake.Stored> byId) {
    Intake.Stored p = s;
    Set<String> seen = new HashSet<>();
    while (p.replacesId() != null) {
      if (!byId.containsKey(p.replacesId()) || !seen.add(p.id())) {
        return p.replacesId();
      }
      p = byId.get(p.replacesId());
    }
    return p.id();
  }

  private static Row row(long n, Intake.Stored s, String rootId, int version) {
    Map<String, String> f = fields(s.fieldsJson());
    Map<String, String> raw = new LinkedHashMap<>();
    for (String h : HEADERS) {
      raw.put(
          h,
          switch (h) {
            case "id" -> rootId;
            case "submission" -> s.id();
            case "version" -> Integer.toString(version);
            case "channel" -> s.channel();
            default -> f.getOrDefault(h, "");
          });
    }
    String age = f.get("age");
    String sex = f.get("sex");
    CasualtyRecord r =
        new CasualtyRecord(
            n,
            rootId,
            f.get("name_ar"),
            f.get("name_en"),
            age == null ? null : Age.ofYears(Integer.parseInt(age)),
            SubmissionRules.date(f.get("dob")),
            sex == null ? null : sex.equals("m") ? Sex.MALE : Sex.FEMALE,
            s.source(),
            SubmissionRules.date(f.get("dod")),
            f.get("place"),
            raw);
    return new Row(new ArrayList<>(raw.values()), r);
  }

  /** The fields JSON as stored. */
  static Map<String, String> fields(String json) {
    try {
      return JSON.readValue(json, MAP);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt submission fields in the register: " + json, e);
    }
  }

  /** Fields as the JSON stored. */
  static String json(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
