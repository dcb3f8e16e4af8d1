package org.sijil.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a full name's postings go, phase by phase (issue 14 item 4), counted:
 *
 * <pre>
 * java -Xmx3g -cp sijil-bench/target/benchmarks.jar org.sijil.search.QueryShape INDEX_DIR [PER_KIND]
 * </pre>
 *
 * draws {@link SearchCost}'s queries (seed 14) of the full-name kinds and runs each page's queries
 * one by one as {@code Searching.page} does (strict tier; the count when the strict tier fills the
 * window; the wide n-1 tier otherwise; the reasons of 20 hits), printing per kind and phase the
 * mean postings advanced (per field), lists opened and documents collected, and how many persons
 * match the strict and the wide query in all (counted apart, not in the phases).
 */
public final class QueryShape {

  private static final List<String> KINDS = List.of("full-ar", "full-en", "no-grandfather-ar");

  private QueryShape() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    try (DirectoryReader reader = new CountingReader(DirectoryReader.open(FSDirectory.open(dir)))) {
      CountingReader counting = (CountingReader) reader;
      IndexSearcher s = new IndexSearcher(counting);
      s.setQueryCache(null);
      Map<String, List<String>> queries = SearchCost.draw(s, perKind);
      NameTerms names = new NameTerms();
      NameAnalyzer analyzer = new NameAnalyzer();
      for (String kind : KINDS) {
        Phases phases = new Phases();
        for (String q : queries.get(kind)) {
          onePage(s, counting, names.query(q), analyzer, phases);
        }
        phases.print(kind, queries.get(kind).size());
      }
    }
  }

  private static void onePage(
      IndexSearcher s,
      CountingReader counting,
      List<NameTerms.QueryToken> tokens,
      NameAnalyzer analyzer,
      Phases phases)
      throws IOException {
    PageTerms terms = new PageTerms(s);
    int required = Searching.required(tokens);
    Query strict = Queries.strict(tokens, analyzer, terms);
    Query wide = Queries.grouped(tokens, analyzer, required, false, terms);
    phases.strictMatches += s.count(strict);
    phases.wideMatches += s.count(wide);
    counting.reset();
    TopDocs top = s.search(strict, new TopScoreDocCollectorManager(40, null, 100));
    phases.add("1 strict", counting, top.scoreDocs.length);
    Query reasons = strict;
    if (top.totalHits.value >= 40) {
      long n = LimitedCount.of(s, wide, 100);
      phases.add("2 count", counting, n);
    } else {
      top = s.search(wide, new TopScoreDocCollectorManager(40, null, 100));
      phases.add("3 wide", counting, top.scoreDocs.length);
      reasons = Queries.name(tokens, analyzer, required, false, terms);
    }
    ScoreDoc[] docs = top.scoreDocs;
    int[] page = new int[Math.min(20, docs.length)];
    for (int i = 0; i < page.length; i++) {
      page[i] = docs[i].doc;
    }
    if (page.length > 0) {
      HitReasons.of(s, reasons, tokens.stream().map(NameTerms.QueryToken::text).toList(), page);
    }
    phases.add("4 reasons", counting, page.length);
  }

  /** Sums per phase: postings advanced per field, lists opened, pages, documents. */
  private static final class Phases {
    final Map<String, Map<String, Long>> advanced = new LinkedHashMap<>();
    final Map<String, long[]> listsPagesDocs = new LinkedHashMap<>();
    long strictMatches;
    long wideMatches;

    void add(String phase, CountingReader counting, long docs) {
      Map<String, Long> byField = advanced.computeIfAbsent(phase, p -> new TreeMap<>());
      long[] lpd = listsPagesDocs.computeIfAbsent(phase, p -> new long[3]);
      counting
          .counts()
          .forEach(
              (f, c) -> {
                byField.merge(f, c.advances, Long::sum);
                lpd[0] += c.lists;
              });
      lpd[1]++;
      lpd[2] += docs;
      counting.reset();
    }

    void print(String kind, int n) {
      System.out.printf(
          "%s (%d pages): persons matching, per page: strict %.1f, wide (n-1) %.1f%n",
          kind, n, strictMatches / (double) n, wideMatches / (double) n);
      for (var e : advanced.entrySet()) {
        long[] lpd = listsPagesDocs.get(e.getKey());
        long sum = e.getValue().values().stream().mapToLong(Long::longValue).sum();
        List<String> fields = new ArrayList<>();
        e.getValue()
            .forEach(
                (f, c) -> {
                  if (c > 0) {
                    fields.add(String.format("%s %.0f", f, c / (double) n));
                  }
                });
        System.out.printf(
            "  %-10s in %3d pages: advanced %8.0f per page (%s), lists %.1f, docs %.1f%n",
            e.getKey(),
            lpd[1],
            sum / (double) n,
            String.join(", ", fields),
            lpd[0] / (double) n,
            lpd[2] / (double) Math.max(1, lpd[1]));
      }
    }
  }
}
