package org.sijil.cli.serve;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.store.RegisterLoader;
import org.sijil.server.store.StoreReviews;
import org.sijil.server.store.StoreUsers;
import org.sijil.store.Register;

/** Loads a register file into memory and serves it (shared by serve and demo). */
final class RegisterServing {

  private RegisterServing() {}

  static Javalin serve(Path db, String bind, int port, boolean wait, PrintWriter out) {
    long start = System.nanoTime();
    RegisterLoader.Loaded loaded;
    try (Register reg = Register.open(db)) {
      loaded = RegisterLoader.load(reg, db);
    }
    var data = loaded.data();
    out.printf(
        "Loaded %,d persons (%,d records) from %,d releases of %s in %.1f s.%n",
        data.persons().size(),
        data.persons().stream().mapToLong(p -> p.records().size()).sum(),
        data.releases().size(),
        db,
        (System.nanoTime() - start) / 1e9);
    if (!loaded.linked()) {
      out.println("The register is not linked yet: records are grouped by their list key only."
          + " Run 'sijil link --db " + db + "' for persons linked by the model.");
    }
    if (data.estimate() == null && loaded.estimateNote() != null) {
      out.println("No estimate: " + loaded.estimateNote() + ".");
    }
    InMemoryRegister register = new InMemoryRegister(data, new StoreReviews(db));
    return ServerRunner.run(register, new StoreUsers(db), bind, port, wait, out);
  }
}
