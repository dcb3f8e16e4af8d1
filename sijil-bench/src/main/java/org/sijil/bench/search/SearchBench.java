package org.sijil.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.search.PersonSearch;
import org.sijil.server.ServerConfig;
import org.sijil.server.SijilServer;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.RegisterData;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * Search benchmark over a synthetic register ({@code sijil synth}'s generator, one list, persons
 * grouped by ground truth):
 *
 * <pre>
 * java -Xmx6g -cp sijil-bench/target/benchmarks.jar org.sijil.bench.search.SearchBench RECORDS INDEX_DIR [PORT]
 * </pre>
 *
 * builds (or brings up to date) the index in {@code INDEX_DIR} through the server's register,
 * printing the build time and size on disk, then serves the real API on {@code PORT} (loopback) for
 * {@code wrk}; run it twice to measure a start with an up-to-date index. Without a port it stops
 * after the index.
 */
public final class SearchBench {

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    int records = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    long t0 = System.nanoTime();
    List<Person> persons = persons(records);
    System.out.printf(
        "generated %,d persons from %,d synthetic records in %.1f s%n",
        persons.size(), records, secs(t0));
    RegisterData data = new RegisterData(persons, List.of(), null, null, List.of());
    long t1 = System.nanoTime();
    PersonSearch search = PersonSearch.open(dir);
    InMemoryRegister register = new InMemoryRegister(data, (pair, match, note, by) -> {}, search);
    double ready = secs(t1);
    var sync = register.searchSync();
    long bytes = search.sizeOnDisk();
    System.out.printf(
        "register with index ready in %.1f s (%s); index %,d bytes = %.0f bytes/person%n",
        ready, sync, bytes, bytes / (double) persons.size());
    if (args.length < 3) {
      search.close();
      return;
    }
    ServerConfig config = ServerConfig.defaults();
    Integer permits = Integer.getInteger("sijil.searchPermits");
    if (permits != null) {
      // A/B of the search gate (default: processors + 1; 0: no gate): -D only, here.
      config = config.withSearchPermits(permits);
    }
    System.out.println("searches computing at once at most " + config.searchPermits());
    var app = SijilServer.create(register, new InMemoryUserStore(), config);
    Integer threads = Integer.getInteger("sijil.requestThreads");
    if (threads != null) {
      // A/B of the request pool's size (Javalin's default grows to 250 threads): -D only, here.
      app.unsafeConfig().jetty.threadPool =
          new org.eclipse.jetty.util.thread.QueuedThreadPool(threads, Math.min(8, threads), 60_000);
      System.out.println("request threads at most " + threads);
    }
    app.start("127.0.0.1", Integer.parseInt(args[2]));
    System.out.printf(
        "serving on http://127.0.0.1:%d/api/persons (%.1f s after opening the index)%n",
        app.port(), secs(t1));
    Files.writeString(dir.resolveSibling(dir.getFileName() + ".ready"), "ready\n");
  }

  private static double secs(long from) {
    return (System.nanoTime() - from) / 1e9;
  }

  /** Persons of one synthetic list, every record of a true person linked into it. */
  static List<Person> persons(int records) {
    Map<String, List<SynthRecord>> byPerson = new LinkedHashMap<>();
    for (SynthRecord r : new SyntheticLists(SynthConfig.of(records, 1, 20261204))) {
      byPerson.computeIfAbsent(r.truePerson(), k -> new ArrayList<>(1)).add(r);
    }
    List<Person> out = new ArrayList<>(byPerson.size());
    long row = 0;
    for (var e : byPerson.entrySet()) {
      List<SourceRecord> recs = new ArrayList<>();
      for (SynthRecord r : e.getValue()) {
        recs.add(
            new SourceRecord(
                "synth/1/" + ++row,
                r.list(),
                "1",
                row,
                blank(r.id()),
                blank(r.nameAr()),
                blank(r.nameEn()),
                blank(r.age()),
                age(r.age()),
                blank(r.sex()),
                null,
                date(r.dod()),
                blank(r.place()),
                Map.of()));
      }
      SourceRecord f = recs.get(0);
      out.add(
          new Person(
              e.getKey(),
              f.nameAr(),
              f.nameEn(),
              f.age(),
              f.ageYears(),
              f.sex(),
              null,
              f.dod(),
              f.place(),
              Map.of(),
              recs,
              List.of()));
    }
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  private static Double age(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String[] parts = s.split(" ");
    try {
      double n = Double.parseDouble(parts[0]);
      return parts.length == 1
          ? n
          : parts[1].startsWith("month") ? n / 12 : parts[1].startsWith("day") ? n / 365 : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
