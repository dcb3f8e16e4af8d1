package org.sijil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the sijil command in-process for tests: exit code, standard output and standard error. */
public final class Cli {

  public record Run(int code, String out, String err) {
    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON (exit " + code + ", err " + err + "): " + out, e);
      }
    }
  }

  private Cli() {}

  public static Run run(Object... args) {
    List<String> a = new ArrayList<>();
    for (Object o : args) {
      a.add(o.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(a.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  public static Run ok(Object... args) {
    Run r = run(args);
    if (r.code() != 0) {
      throw new AssertionError("exit " + r.code() + ": " + r.err() + r.out());
    }
    return r;
  }
}
