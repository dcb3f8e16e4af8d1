package org.sijil.server.store;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.app.integrity.ServeLog;
import org.sijil.app.integrity.WitnessCosignatures;
import org.sijil.core.UserError;
import org.sijil.server.http.HttpError;
import org.sijil.store.Register;

/**
 * The register's log served statically in the C2SP tlog-tiles layout ({@code /log/checkpoint},
 * never cached; {@code /log/tile/...} and entry bundles, immutable), its public key ({@code
 * /log/key}) and a person's receipt ({@code /api/persons/{id}/receipt}). Thin: each handler calls
 * {@link ServeLog}.
 */
final class LogRoutes {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String NO_STORE = "no-store";
  private static final String TEXT = "text/plain; charset=utf-8";

  private final Path db;
  private final Runnable reload;

  private LogRoutes(Path db, Runnable reload) {
    this.db = db;
    this.reload = reload;
  }

  /** Adds the log's routes to {@code app}. */
  static void add(Javalin app, Path db) {
    add(app, db, () -> {});
  }

  /**
   * Adds the log's routes to {@code app}; {@code reload} reads the published view again when a
   * cosignature brings a newer checkpoint its witness quorum (the pages it held back are shown).
   */
  static void add(Javalin app, Path db, Runnable reload) {
    LogRoutes r = new LogRoutes(db, reload);
    app.get("/log/checkpoint", r::checkpoint);
    app.get("/log/key", r::key);
    app.get("/log/tile/<path>", r::tile);
    app.get("/api/persons/{id}/receipt", r::receipt);
    app.get("/log/releases/{source}/{label}", r::releaseEntry);
    app.get("/log/rotations", r::rotations);
    app.post("/log/cosignature", r::cosignature);
    app.get("/log/consistency/{from}", r::consistency);
    app.get("/log/latest-checkpoint", r::latestCheckpoint);
    app.get("/api/persons/{id}/history", r::history);
  }

  private void checkpoint(Context ctx) {
    String note;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      note =
          new ServeLog(reg)
              .checkpoint()
              .orElseThrow(() -> new HttpError(404, "no checkpoint is signed yet"));
    }
    ctx.header("Cache-Control", NO_STORE).contentType(TEXT).result(note);
  }

  /**
   * The latest signed checkpoint with the cosignatures received so far, for witnesses: when the
   * register requires a witness quorum, it is served at {@code /log/checkpoint} only once cosigned.
   */
  private void latestCheckpoint(Context ctx) {
    String note;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      note =
          new ServeLog(reg)
              .latestCheckpoint()
              .orElseThrow(() -> new HttpError(404, "no checkpoint is signed yet"));
    }
    ctx.header("Cache-Control", NO_STORE).contentType(TEXT).result(note);
  }

  private void key(Context ctx) throws IOException {
    Path pub = RegisterKey.publicFile(RegisterKey.defaultFile(db));
    if (!Files.isRegularFile(pub)) {
      throw new HttpError(404, "this register has no public key yet");
    }
    ctx.header("Cache-Control", NO_STORE)
        .contentType(TEXT)
        .result(Files.readString(pub, StandardCharsets.UTF_8));
  }

  private void tile(Context ctx) {
    byte[] tile;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      tile =
          new ServeLog(reg)
              .tile("tile/" + ctx.pathParam("path"))
              .orElseThrow(() -> new HttpError(404, "no such tile"));
    }
    ctx.header("Cache-Control", IMMUTABLE).contentType("application/octet-stream").result(tile);
  }

  /**
   * A witness sends one of the register's checkpoints back with its cosignature line; stored when
   * it verifies with a trusted witness key (400 otherwise).
   */
  private void cosignature(Context ctx) {
    java.util.List<String> accepted;
    boolean published;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      WitnessCosignatures witnesses = new WitnessCosignatures(reg);
      long before = publishedSize(witnesses);
      accepted = witnesses.accept(ctx.body());
      published = publishedSize(witnesses) != before;
    } catch (UserError e) {
      throw new HttpError(400, e.getMessage());
    }
    if (published) {
      reload.run();
    }
    ctx.contentType(TEXT).result("accepted: " + String.join(", ", accepted) + "\n");
  }

  private static long publishedSize(WitnessCosignatures witnesses) {
    return witnesses.published().map(c -> c.treeSize()).orElse(-1L);
  }

  /** The consistency proof from size {from} to the latest checkpoint, one base64 hash a line. */
  private void consistency(Context ctx) {
    long from;
    try {
      from = Long.parseLong(ctx.pathParam("from"));
    } catch (NumberFormatException e) {
      throw new HttpError(404, "not a tree size: " + ctx.pathParam("from"));
    }
    StringBuilder out = new StringBuilder();
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      new WitnessCosignatures(reg)
          .consistencyProof(from)
          .forEach(h -> out.append(java.util.Base64.getEncoder().encodeToString(h)).append('\n'));
    } catch (UserError e) {
      throw new HttpError(404, e.getMessage());
    }
    ctx.header("Cache-Control", NO_STORE).contentType(TEXT).result(out.toString());
  }

  private void rotations(Context ctx) {
    String chain;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      chain = new ServeLog(reg).rotations();
    }
    ctx.header("Cache-Control", NO_STORE).contentType(TEXT).result(chain);
  }

  private void releaseEntry(Context ctx) {
    String source = ctx.pathParam("source");
    String label = ctx.pathParam("label");
    String text;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      text =
          new ServeLog(reg)
              .releaseEntry(source, label)
              .orElseThrow(
                  () ->
                      new HttpError(
                          404, "no signed log entry for release " + source + "/" + label));
    }
    ctx.header(
            "Content-Disposition",
            "attachment; filename=\"release-" + safeName(source + "-" + label) + ".tlog-proof\"")
        .contentType(TEXT)
        .result(text);
  }

  /** A file name made of letters, digits, dots and dashes only. */
  private static String safeName(String s) {
    return s.replaceAll("[^A-Za-z0-9.-]", "_");
  }

  /**
   * A person's logged history ({@link PersonHistory}): each event's log index, type, time, actor
   * and fields, oldest first, with those of every earlier person merged into it.
   */
  private void history(Context ctx) {
    long person = personNumber(ctx);
    List<Map<String, Object>> events = new ArrayList<>();
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      for (PersonHistory.Event e : new PersonHistory(reg).of(person)) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < e.entry().names().size(); i++) {
          fields.put(e.entry().names().get(i), e.entry().values().get(i));
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("index", e.index());
        event.put("type", e.entry().type());
        event.put("time", e.entry().time().toString());
        event.put("actor", e.entry().actor());
        event.put("fields", fields);
        events.add(event);
      }
    }
    ctx.header("Cache-Control", NO_STORE).json(Map.of("person", "P" + person, "events", events));
  }

  /** The pages and the API name persons P<number>; the bare number is accepted too. */
  private static long personNumber(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return Long.parseLong(id.startsWith("P") ? id.substring(1) : id);
    } catch (NumberFormatException e) {
      throw new HttpError(404, "no such person");
    }
  }

  private void receipt(Context ctx) {
    long person = personNumber(ctx);
    String text;
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      text = new ServeLog(reg).receipt(person);
    } catch (UserError e) {
      throw new HttpError(404, e.getMessage());
    }
    ctx.header("Content-Disposition", "attachment; filename=\"person-" + person + ".tlog-proof\"")
        .contentType(TEXT)
        .result(text);
  }
}
