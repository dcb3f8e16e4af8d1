package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SijilMainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SijilMain.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

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
