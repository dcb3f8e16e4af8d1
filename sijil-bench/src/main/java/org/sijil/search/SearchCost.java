package org.sijil.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

/**
 * The work one page of search does, by kind of query, counted rather than timed (issue 14 item 4):
 *
 * <pre>
 * java -Xmx4g -cp sijil-bench/target/benchmarks.jar org.sijil.search.SearchCost INDEX_DIR [PER_KIND [COUNT [fields]]]
 * </pre>
 *
 * opens the index read-only (a server may be using it), draws {@code PER_KIND} queries of each kind
 * of {@code docs/bench/search-kinds.py} from the index's own persons (seed 14), and runs each as
 * the API does ({@code Searching.page}, 20 hits, no query cache). Per kind it prints the means of:
 * documents collected and scored (every search of the page: strict, count, wide, widened), postings
 * advanced, postings lists opened and terms looked up, the total, and the thread CPU per query of a
 * second pass (the only figure the load bends). {@code COUNT} sets how many hits are counted
 * exactly (the code's own default when absent or 0; ignored by code that cannot change it); with
 * {@code fields}, the postings advanced per field too. Run it with another version's {@code
 * sijil-search} classes first on the class path to compare query code on the same index. With
 * {@code -Dsijil.pages=FILE} every page (kind, query, total, hits with scores and reasons) is
 * written to FILE, one a line, so that two versions' pages can be compared with {@code diff}.
 */
public final class SearchCost {

  private static final int PAGE = 20;

  private static final Map<String, BiFunction<String[], String[], String>> KINDS = kinds();

  private SearchCost() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    boolean fields = args.length > 3;
    try (DirectoryReader reader = new CountingReader(DirectoryReader.open(FSDirectory.open(dir)))) {
      CountingReader counting = (CountingReader) reader;
      CountingSearcher s = new CountingSearcher(counting);
      Searching searching = searching(count);
      Map<String, List<String>> queries = draw(s, perKind);
      System.out.printf(
          "%-18s %9s %9s %11s %8s %8s %7s %7s%n",
          "kind", "collected", "scored", "advanced", "lists", "seeks", "total", "cpu ms");
      List<String> pages = new ArrayList<>();
      for (var e : queries.entrySet()) {
        run(s, counting, searching, e.getKey(), e.getValue(), fields, pages);
      }
      String pagesFile = System.getProperty("sijil.pages");
      if (pagesFile != null) {
        java.nio.file.Files.write(Path.of(pagesFile), pages);
      }
    }
  }

  private static void run(
      CountingSearcher s,
      CountingReader counting,
      Searching searching,
      String kind,
      List<String> qs,
      boolean fields,
      List<String> pages)
      throws IOException {
    counting.reset();
    s.collected = 0;
    s.scored = 0;
    long total = 0;
    for (String q : qs) {
      SearchPage page = searching.page(s, SearchRequest.of(q, PAGE));
      total += page.total();
      pages.add(kind + "\t" + q + "\t" + page);
    }
    CountingReader.Counts all = new CountingReader.Counts();
    Map<String, Long> byField = new TreeMap<>();
    counting.counts().forEach((f, c) -> byField.put(f, c.advances));
    counting.counts().values().forEach(all::add);
    long collected = s.collected;
    long scored = s.scored;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    for (String q : qs) {
      searching.page(s, SearchRequest.of(q, PAGE));
    }
    double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / qs.size();
    int n = qs.size();
    System.out.printf(
        "%-18s %9.1f %9.1f %11.1f %8.1f %8.1f %7.1f %7.2f%n",
        kind,
        collected / (double) n,
        scored / (double) n,
        all.advances / (double) n,
        all.lists / (double) n,
        all.seeks / (double) n,
        total / (double) n,
        cpuMs);
    if (fields) {
      byField.forEach(
          (f, c) -> System.out.printf("    %-14s advanced %11.1f%n", f, c / (double) n));
    }
  }

  /**
   * The query code on the class path, counting {@code count} hits exactly when it can be told (0:
   * its default). Reflection, so that this tool runs against versions with either constructor.
   */
  private static Searching searching(int count) {
    try {
      Constructor<?> withCount =
          Searching.class.getDeclaredConstructor(NameAnalyzer.class, NameTerms.class, int.class);
      int n =
          count > 0 ? count : Searching.class.getDeclaredField("COUNT_EXACTLY_UP_TO").getInt(null);
      System.out.println("hits counted exactly up to " + n);
      return (Searching) withCount.newInstance(new NameAnalyzer(), new NameTerms(), n);
    } catch (NoSuchMethodException e) {
      return withDefaultCount();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Searching withDefaultCount() {
    try {
      return (Searching)
          Searching.class
              .getDeclaredConstructor(NameAnalyzer.class, NameTerms.class)
              .newInstance(new NameAnalyzer(), new NameTerms());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Queries of each kind from random persons that have names in both scripts (seed 14). */
  static Map<String, List<String>> draw(IndexSearcher s, int perKind) throws IOException {
    Random random = new Random(14);
    int maxDoc = s.getIndexReader().maxDoc();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (var kind : KINDS.entrySet()) {
      List<String> qs = new ArrayList<>();
      while (qs.size() < perKind) {
        String[] names = shownNames(s, random.nextInt(maxDoc));
        String ar = names[0];
        String en = names[1];
        if (ar == null || en == null || ar.isBlank() || en.isBlank()) {
          continue;
        }
        String q = kind.getValue().apply(ar.strip().split("\\s+"), en.strip().split("\\s+"));
        if (q != null) {
          qs.add(q);
        }
      }
      out.put(kind.getKey(), qs);
    }
    return out;
  }

  /**
   * The shown Arabic and Latin names of a document: doc values where the index has them (schema
   * sijil-search-11 on), stored fields before it (so that older indexes draw the same queries).
   */
  private static String[] shownNames(IndexSearcher s, int doc) throws IOException {
    var leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues ar = leaf.reader().getBinaryDocValues(Fields.SHOWN_AR);
    BinaryDocValues en = leaf.reader().getBinaryDocValues(Fields.SHOWN_LATIN);
    if (ar == null && en == null) {
      Document d = s.storedFields().document(doc, Set.of(Fields.SHOWN_AR, Fields.SHOWN_LATIN));
      return new String[] {d.get(Fields.SHOWN_AR), d.get(Fields.SHOWN_LATIN)};
    }
    int local = doc - leaf.docBase;
    return new String[] {value(ar, local), value(en, local)};
  }

  private static String value(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }

  private static Map<String, BiFunction<String[], String[], String>> kinds() {
    Map<String, BiFunction<String[], String[], String>> k = new LinkedHashMap<>();
    k.put("full-ar", (ar, en) -> String.join(" ", ar));
    k.put("full-en", (ar, en) -> String.join(" ", en));
    k.put(
        "no-grandfather-ar",
        (ar, en) -> ar.length >= 4 ? ar[0] + " " + ar[1] + " " + join(ar, 3) : null);
    k.put("given-family-ar", (ar, en) -> ar[0] + " " + ar[ar.length - 1]);
    k.put("given-family-en", (ar, en) -> en[0] + " " + en[en.length - 1]);
    k.put("given-ar", (ar, en) -> ar[0]);
    k.put("given-en", (ar, en) -> en[0]);
    return k;
  }

  private static String join(String[] words, int from) {
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  /** A searcher counting the documents its collectors are given and the scores they read. */
  private static final class CountingSearcher extends IndexSearcher {
    long collected;
    long scored;

    CountingSearcher(DirectoryReader reader) {
      super(reader);
      setQueryCache(null);
    }

    @Override
    protected void search(List<LeafReaderContext> leaves, Weight weight, Collector collector)
        throws IOException {
      super.search(leaves, weight, counted(collector));
    }

    private Collector counted(Collector collector) {
      return new FilterCollector(collector) {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
          return new FilterLeafCollector(super.getLeafCollector(context)) {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
              super.setScorer(
                  new FilterScorable(scorer) {
                    @Override
                    public float score() throws IOException {
                      scored++;
                      return in.score();
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                      // FilterScorable does not pass it on, and skipping is what is measured.
                      in.setMinCompetitiveScore(minScore);
                    }
                  });
            }

            @Override
            public void collect(int doc) throws IOException {
              collected++;
              super.collect(doc);
            }
          };
        }
      };
    }
  }
}
