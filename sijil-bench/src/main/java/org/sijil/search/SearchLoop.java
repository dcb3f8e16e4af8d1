package org.sijil.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The CPU and heap one search page costs without HTTP (issue 14 item 4, the fixed cost of a
 * request):
 *
 * <pre>
 * java -Xmx4g -cp sijil-bench/target/benchmarks.jar org.sijil.search.SearchLoop INDEX_DIR [PER_KIND [ROUNDS [KIND,...]]]
 * </pre>
 *
 * opens the index read-only, draws {@code PER_KIND} queries of each kind as {@link SearchCost} does
 * (seed 14; or reads them from {@code -Dqueries=FILE}, see {@link #queries}), and runs every query
 * {@code ROUNDS} times on one thread as the API does ({@code Searching.page}, 20 hits, no stored
 * views unless {@code -Dviews=true}; the searcher's default query cache, as a server has). The
 * first round is warm-up; per kind it prints the thread CPU and the bytes allocated per page over
 * the other rounds. Allocation is a count of work, not bent by the machine's load. With {@code
 * -Ddump=FILE} it then writes every page's answer there ({@link #dump}), to compare versions.
 */
public final class SearchLoop {

  private static final int PAGE = 20;

  /** As the server with its persons in memory asks: without stored views (-Dviews=true: with). */
  private static final boolean VIEWS = Boolean.getBoolean("views");

  private static final Method PAGE_WITH_VIEWS =
      method(IndexSearcher.class, SearchRequest.class, boolean.class);

  private static final Method PAGE_ONLY = method(IndexSearcher.class, SearchRequest.class);

  private SearchLoop() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Set<String> only = args.length > 3 ? Set.of(args[3].split(",")) : Set.of();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(reader);
      Searching searching =
          new Searching(new NameAnalyzer(), new NameTerms(), Searching.COUNT_EXACTLY_UP_TO);
      Map<String, List<String>> queries = queries(s, perKind);
      queries.keySet().removeIf(k -> !only.isEmpty() && !only.contains(k));
      for (var e : queries.entrySet()) {
        pass(s, searching, e.getValue()); // warm-up: JIT and the rescorer's caches
      }
      System.out.printf("%-18s %8s %10s %8s%n", "kind", "cpu ms", "KB alloc", "total");
      for (var e : queries.entrySet()) {
        List<String> qs = e.getValue();
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        long total = 0;
        for (int r = 1; r < Math.max(2, rounds); r++) {
          total += pass(s, searching, qs);
        }
        double pages = (double) qs.size() * (Math.max(2, rounds) - 1);
        System.out.printf(
            "%-18s %8.3f %10.1f %8.1f%n",
            e.getKey(),
            (threads.getCurrentThreadCpuTime() - c0) / 1e6 / pages,
            (threads.getCurrentThreadAllocatedBytes() - a0) / 1024.0 / pages,
            total / pages);
      }
      String dump = System.getProperty("dump");
      if (dump != null) {
        dump(s, searching, queries, Path.of(dump));
      }
    }
  }

  /**
   * Writes every page, one line per query: kind, query, total, whether exact, and each hit's id,
   * score and reasons; two versions' files are equal when their answers are.
   */
  private static void dump(
      IndexSearcher s, Searching searching, Map<String, List<String>> queries, Path file)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (var e : queries.entrySet()) {
      for (String q : e.getValue()) {
        SearchPage page = page(searching, s, q);
        StringBuilder line = new StringBuilder();
        line.append(e.getKey()).append('\t').append(q).append('\t').append(page.total());
        line.append('\t').append(page.totalExact());
        for (SearchHit h : page.hits()) {
          line.append('\t').append(h.id()).append(' ').append(h.score()).append(' ');
          line.append(h.reasons());
        }
        lines.add(line.toString());
      }
    }
    Files.write(file, lines);
  }

  /**
   * A page as the server with its persons in memory asks for it; through reflection, so that this
   * tool also runs another version's {@code Searching} (one without {@code page(s, r, views)}).
   */
  private static SearchPage page(Searching searching, IndexSearcher s, String q)
      throws IOException {
    try {
      SearchRequest r = SearchRequest.of(q, PAGE);
      return PAGE_WITH_VIEWS == null
          ? (SearchPage) PAGE_ONLY.invoke(searching, s, r)
          : (SearchPage) PAGE_WITH_VIEWS.invoke(searching, s, r, VIEWS);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Method method(Class<?>... parameters) {
    try {
      return Searching.class.getDeclaredMethod("page", parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * The queries: drawn from the index (seed 14), or read from {@code -Dqueries=FILE} (lines {@code
   * kind<TAB>query}) when that file exists, else drawn and written there, so that two indexes of
   * the same persons in another doc order run the same queries.
   */
  private static Map<String, List<String>> queries(IndexSearcher s, int perKind)
      throws IOException {
    String file = System.getProperty("queries");
    if (file != null && Files.exists(Path.of(file))) {
      Map<String, List<String>> read = new LinkedHashMap<>();
      for (String line : Files.readAllLines(Path.of(file))) {
        String[] kindAndQuery = line.split("\t", 2);
        read.computeIfAbsent(kindAndQuery[0], k -> new ArrayList<>()).add(kindAndQuery[1]);
      }
      return read;
    }
    Map<String, List<String>> drawn = SearchCost.draw(s, perKind);
    if (file != null) {
      List<String> lines = new ArrayList<>();
      drawn.forEach((kind, qs) -> qs.forEach(q -> lines.add(kind + "\t" + q)));
      Files.write(Path.of(file), lines);
    }
    return drawn;
  }

  private static long pass(IndexSearcher s, Searching searching, List<String> qs)
      throws IOException {
    long total = 0;
    for (String q : qs) {
      total += page(searching, s, q).total();
    }
    return total;
  }
}
