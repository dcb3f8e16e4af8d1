package org.sijil.app.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a person's records agree on one field: the value most of them give, how many give it, and
 * every other value given. Pure; the person page and the published person both use it.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a record with no value (null or blank) gives none and is not counted against the others;
 *   <li>values are compared after trimming and collapsing runs of spaces, so a stray space is not a
 *       different spelling;
 *   <li>the shown value is the one given by most records; on a tie, the one given first (records
 *       come oldest release first), so a value does not flip between loads;
 *   <li>the field is in conflict when the records give more than one distinct value.
 * </ul>
 *
 * @param value the value shown, as first written by a record giving it; null when no record gives
 *     one
 * @param firstIndex index of the first record giving {@code value}; -1 when none
 * @param support how many records give {@code value}
 * @param given how many records give any value
 * @param total how many records there are
 * @param values every distinct value with the number of records giving it, most given first
 */
public record FieldSupport(
    String value, int firstIndex, int support, int given, int total, List<Count> values) {

  /** One distinct value and how many records give it. */
  public record Count(String value, int records) {}

  public FieldSupport {
    values = List.copyOf(values);
  }

  /** Whether the records give more than one distinct value. */
  public boolean conflict() {
    return values.size() > 1;
  }

  /**
   * The support of one field over a person's records.
   *
   * @param perRecord the field's value in each record, in record order (null when absent)
   */
  public static FieldSupport of(List<?> perRecord) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    int given = 0;
    for (int i = 0; i < perRecord.size(); i++) {
      Object v = perRecord.get(i);
      if (v == null || v.toString().isBlank()) {
        continue;
      }
      given++;
      String key = normal(v.toString());
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      written.putIfAbsent(key, v.toString().strip());
      first.putIfAbsent(key, i);
    }
    List<Count> values = new ArrayList<>();
    // LinkedHashMap keeps first-given order; a stable sort keeps it among equal counts.
    counts.forEach((k, c) -> values.add(new Count(written.get(k), c[0])));
    values.sort((a, b) -> Integer.compare(b.records(), a.records()));
    if (values.isEmpty()) {
      return new FieldSupport(null, -1, 0, 0, perRecord.size(), values);
    }
    Count top = values.get(0);
    return new FieldSupport(
        top.value(),
        first.get(normal(top.value())),
        top.records(),
        given,
        perRecord.size(),
        values);
  }

  /**
   * The value with outer spaces removed and inner runs of spaces made one. Written out rather than
   * as a regular expression: serving computes this for every field of every record at start.
   */
  static String normal(String s) {
    String t = s.strip();
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = Character.isWhitespace(c);
      boolean collapse = space && (c != ' ' || Character.isWhitespace(t.charAt(i + 1)));
      if (collapse && out == null) {
        out = new StringBuilder(t.length()).append(t, 0, i);
      }
      if (out != null && !(space && Character.isWhitespace(t.charAt(i + 1)))) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? t : out.toString();
  }
}
