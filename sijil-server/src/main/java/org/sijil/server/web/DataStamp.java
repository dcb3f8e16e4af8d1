package org.sijil.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sijil.server.model.Release;
import org.sijil.server.service.RegisterService;

/**
 * The stamp naming the data the server serves (downloads' names, {@code X-Sijil-Snapshot}, the line
 * on the releases and statistics pages).
 *
 * <p>Rules: when the served register has an integrity log, the stamp is always the log's size and
 * the first 12 hex digits of its root when the snapshot was loaded ({@code 42-3f9ab1c2d4e5}),
 * checkable against {@code /log/checkpoint}. Only a register without a log (one made before the
 * log, or served from memory, e.g. {@code sijil demo --records}) gets a fingerprint instead: the
 * first 12 hex digits of a SHA-256 over every release (source, label, file hash, records) and the
 * served version. A fingerprint tells two downloads apart but proves nothing; the page line and
 * {@code X-Sijil-Snapshot-Kind: releases} say so, where a log stamp has {@code
 * X-Sijil-Snapshot-Kind: log}.
 *
 * @param id the stamp
 * @param fromLog whether it is the integrity log's (else the releases' fingerprint)
 */
public record DataStamp(String id, boolean fromLog) {

  /** The header saying where the stamp comes from: {@code log} or {@code releases}. */
  public static final String KIND_HEADER = "X-Sijil-Snapshot-Kind";

  /** The stamp of what {@code register} serves now. */
  public static DataStamp of(RegisterService register) {
    return register
        .logStamp()
        .map(s -> new DataStamp(s, true))
        .orElseGet(() -> new DataStamp(releasesHash(register), false));
  }

  /** {@code log} or {@code releases}, for {@link #KIND_HEADER}. */
  public String kind() {
    return fromLog ? "log" : "releases";
  }

  /** One paragraph saying what the stamp is ({@code id="data-stamp"}). */
  public void line(Html h, Lang lang) {
    h.open("p", "id", "data-stamp", "class", "note data-stamp " + kind())
        .text(lang.t(fromLog ? "pages.stamp.log" : "pages.stamp.releases") + " ")
        .el("bdi", id, "dir", "ltr", "class", "mono")
        .close("p");
  }

  private static String releasesHash(RegisterService register) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Release r : register.releases()) {
        for (Object v : List.of(r.source(), r.label(), String.valueOf(r.sha256()), r.records())) {
          md.update(v.toString().getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
        }
      }
      md.update(Long.toString(register.version()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
