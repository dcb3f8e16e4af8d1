package org.sijil.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;

/** Loading DuckDB's library in the background, then opening a register, which waits for it. */
class NativeLibraryPreloadTest {

  @Test
  void aRegisterOpensWhileOrAfterTheLibraryLoadsInTheBackground(@TempDir Path dir) {
    Register.prepareInBackground(dir.resolve("r.db"));
    Register.prepareInBackground(dir.resolve("r.db")); // once per process
    assertTrue(NativeLibraryPreload.started());
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      assertEquals(0, reg.releases().list().size());
    }
  }
}
