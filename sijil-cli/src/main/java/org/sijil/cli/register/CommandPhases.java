package org.sijil.cli.register;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a command's time goes, phase by phase: wall and process CPU seconds of each, and of the
 * whole command counted from the JVM's start (so start-up is shown, not hidden behind a use case's
 * own timer). Not thread-safe: one command, one instance.
 */
final class CommandPhases {

  /** One phase: its name, wall seconds and the process's CPU seconds meanwhile (all threads). */
  record Phase(String name, double seconds, double cpuSeconds) {}

  private final List<Phase> phases = new ArrayList<>();
  private final long startMillis;

  /** Wall and CPU seconds of the phases nested in each open phase (innermost last). */
  private final java.util.Deque<double[]> nested = new java.util.ArrayDeque<>();

  private CommandPhases(long startMillis) {
    this.startMillis = startMillis;
  }

  /**
   * Starts counting; the time from the JVM's start until now (class loading, option parsing) is the
   * first phase, {@code start-up}.
   */
  static CommandPhases sinceJvmStart() {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    CommandPhases p = new CommandPhases(jvmStart);
    p.phases.add(new Phase("start-up", (System.currentTimeMillis() - jvmStart) / 1e3, cpu()));
    return p;
  }

  /**
   * Runs {@code work} as the phase {@code name} and returns its result. A phase run inside another
   * is listed on its own, after it, and not counted again in the outer one.
   */
  <T> T time(String name, Supplier<T> work) {
    int slot = phases.size();
    phases.add(null);
    nested.push(new double[2]);
    long t0 = System.nanoTime();
    double cpu0 = cpu();
    try {
      return work.get();
    } finally {
      double wall = (System.nanoTime() - t0) / 1e9;
      double used = cpu() - cpu0;
      double[] inner = nested.pop();
      if (!nested.isEmpty()) {
        nested.peek()[0] += wall;
        nested.peek()[1] += used;
      }
      phases.set(slot, new Phase(name, wall - inner[0], used - inner[1]));
    }
  }

  /** Runs {@code work} as the phase {@code name}. */
  void time(String name, Runnable work) {
    time(
        name,
        () -> {
          work.run();
          return null;
        });
  }

  /** The phases ended so far, in the order they started. */
  List<Phase> phases() {
    return phases.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** Wall seconds from the JVM's start until now. */
  double totalSeconds() {
    return (System.currentTimeMillis() - startMillis) / 1e3;
  }

  /** The process's CPU seconds so far (all threads, user and system). */
  static double cpu() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(d -> d.toNanos() / 1e9)
        .orElse(0.0);
  }

  /** The phases for JSON output: name to {seconds, cpu_seconds}, rounded to milliseconds. */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Phase p : phases()) {
      m.put(p.name(), Map.of("seconds", round(p.seconds()), "cpu_seconds", round(p.cpuSeconds())));
    }
    return m;
  }

  static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
