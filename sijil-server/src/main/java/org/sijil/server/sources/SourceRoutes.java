package org.sijil.server.sources;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.sijil.server.service.ReloadableRegister;

/** Adds {@code GET /sources} and {@code POST /sources} to a server over a register file. */
public final class SourceRoutes {

  private SourceRoutes() {}

  /** Adds the routes; a saved name reloads {@code register} so every page shows it at once. */
  public static void add(Javalin app, Path db, ReloadableRegister register) {
    SourcePages pages = new SourcePages(db, register::reload);
    app.get("/sources", pages::page);
    app.post("/sources", pages::save);
  }
}
