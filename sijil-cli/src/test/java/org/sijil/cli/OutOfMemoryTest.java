package org.sijil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A command out of heap is told how to give it more, without a stack trace. */
class OutOfMemoryTest {

  /** Fails as a copy does when its COPY sender thread runs out of heap. */
  @Command(name = "fill")
  static final class Fill implements Callable<Integer> {
    @Override
    public Integer call() {
      IllegalStateException wrapped =
          new IllegalStateException("cannot write table log_entries: cannot send rows");
      wrapped.addSuppressed(new OutOfMemoryError("Java heap space"));
      throw wrapped;
    }
  }

  /** Runs out of heap on its own thread. */
  @Command(name = "grow")
  static final class Grow implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  /** Fails with an ordinary defect. */
  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UncheckedIOException(new IOException("disk gone"));
    }
  }

  @Test
  void anOutOfMemoryErrorBehindTheFailureIsToldAsSuch() {
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            new Fill(), new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(SijilMain.EXIT_INTERNAL_ERROR, code);
    String said = err.toString();
    assertTrue(said.startsWith("sijil: out of memory (cannot write table log_entries"), said);
    assertTrue(said.contains("SIJIL_HEAP="), said);
    assertFalse(said.contains("\tat "), "no stack trace: " + said);
    assertEquals(1, said.strip().lines().count(), said);
  }

  @Test
  void anOutOfMemoryErrorOnTheCommandsThreadIsToldTheSameWay() {
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            new Grow(), new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(SijilMain.EXIT_INTERNAL_ERROR, code);
    assertTrue(err.toString().startsWith("sijil: out of memory (Java heap space)"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void anErrorWithoutAMessageIsNamedByItsClass() {
    String said = OutOfMemory.advice(new OutOfMemoryError(), 64L * 1024 * 1024);
    assertTrue(said.startsWith("out of memory (java.lang.OutOfMemoryError)"), said);
  }

  @Test
  void anErrorFoundAsACauseDeepDownCounts() {
    Throwable deep = new RuntimeException(new IllegalStateException(new OutOfMemoryError()));
    assertTrue(OutOfMemory.in(deep));
    assertFalse(OutOfMemory.in(new RuntimeException(new IOException("disk gone"))));
  }

  @Test
  void theAdviceDoublesTheHeapItHad() {
    String said = OutOfMemory.advice(new IllegalStateException("x"), 96L * 1024 * 1024);
    assertTrue(said.contains("heap of 96 MB"), said);
    assertTrue(said.contains("SIJIL_HEAP=192m"), said);
    assertTrue(said.contains("-Xmx192m"), said);
  }

  @Test
  void otherFailuresKeepTheirStackTrace() {
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            new Broken(), new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(SijilMain.EXIT_INTERNAL_ERROR, code);
    assertTrue(err.toString().startsWith("sijil: internal error:"), err.toString());
    assertTrue(err.toString().contains("\tat "), err.toString());
  }
}
