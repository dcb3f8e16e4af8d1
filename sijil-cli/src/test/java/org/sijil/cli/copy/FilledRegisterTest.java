package org.sijil.cli.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.copy.CopyRegister;

/** What copy and restore share: a new file they fail to fill goes, anything else stays. */
class FilledRegisterTest {

  @Test
  void aNewFileThatCouldNotBeFilledIsDeletedWithItsWriteAheadLog(@TempDir Path dir) {
    Path db = dir.resolve("new.db");
    IllegalStateException failure = new IllegalStateException("the copy failed");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                FilledRegister.deletedOnFailure(
                    db,
                    () -> {
                      write(db);
                      write(Path.of(db + ".wal"));
                      throw failure;
                    }));
    assertSame(failure, thrown, "the command's own error passes on");
    assertFalse(Files.exists(db));
    assertFalse(Files.exists(Path.of(db + ".wal")));
  }

  @Test
  void aFileThatWasThereBeforeIsKeptOnFailure(@TempDir Path dir) throws Exception {
    Path db = Files.writeString(dir.resolve("old.db"), "someone's register");
    assertThrows(
        IllegalStateException.class,
        () ->
            FilledRegister.deletedOnFailure(
                db,
                () -> {
                  throw new IllegalStateException("refused: holds rows");
                }));
    assertEquals("someone's register", Files.readString(db));
  }

  @Test
  void aFilledFileStaysAndTheResultIsReturned(@TempDir Path dir) {
    Path db = dir.resolve("new.db");
    String result =
        FilledRegister.deletedOnFailure(
            db,
            () -> {
              write(db);
              return "filled";
            });
    assertEquals("filled", result);
    assertTrue(Files.exists(db));
  }

  @Test
  void theLogLineSaysSizeRootAndWhatItWasCheckedAgainst() {
    StringWriter out = new StringWriter();
    FilledRegister.printLogEqual(
        new PrintWriter(out, true), new CopyRegister.LogState(345, "ab12"), "restored");
    assertEquals(
        "Integrity log equal: 345 entries, root ab12 (checked against the restored entries)."
            + System.lineSeparator(),
        out.toString());
  }

  private static void write(Path file) {
    try {
      Files.writeString(file, "x");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
