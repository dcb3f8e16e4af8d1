package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import org.junit.jupiter.api.Test;
import org.sijil.cli.Cli.Run;

class SijilMainTest {

  @Test
  void helpExitsZero() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: sijil"), r.out());
  }

  @Test
  void unknownCommandIsUserErrorWithOneLineHint() {
    Run r = run("no-such-command");
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.err().startsWith("sijil: "), r.err());
  }
}
