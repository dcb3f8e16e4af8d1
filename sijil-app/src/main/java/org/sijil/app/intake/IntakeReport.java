package org.sijil.app.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an intake run did: {@code read} = {@code imported} + {@code duplicate} + {@code edited} +
 * {@code rejected}. {@code imported}: new submissions (a new record); {@code edited}: new versions
 * of a stored submission chain (the record changes, no new one); {@code duplicate}: already stored
 * (by any channel); {@code rejected}: each with where it was and why.
 */
public record IntakeReport(
    String source,
    long read,
    long imported,
    long duplicate,
    long edited,
    long rejected,
    List<Rejection> rejections,
    List<String> receipts,
    double seconds) {

  /** One rejected submission: where it was read, its ID when known, and the reason. */
  public record Rejection(String where, String submission, String reason) {}

  public IntakeReport {
    if (read != imported + duplicate + edited + rejected) {
      throw new IllegalStateException(
          "read " + read + " != " + imported + " + " + duplicate + " + " + edited + " + "
              + rejected);
    }
    rejections = List.copyOf(rejections);
    receipts = List.copyOf(receipts);
  }

  /** The report as a JSON-ready map. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("read", read);
    m.put("imported", imported);
    m.put("duplicate", duplicate);
    m.put("edited", edited);
    m.put("rejected", rejected);
    m.put(
        "rejections",
        rejections.stream()
            .map(
                r -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("where", r.where());
                  x.put("submission", r.submission());
                  x.put("reason", r.reason());
                  return x;
                })
            .toList());
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return m;
  }
}
