package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthRecord;

/**
 * Search quality: a person's name as one list gives it must find the same person in the top 3 of
 * another list's index. Four conditions: the Arabic name against an index of both scripts, the
 * Latin name against an index of Arabic names only, the Arabic name against Latin names only, and
 * the Latin name against an index of both scripts.
 *
 * <p>Real: list 01 queries, list 03 indexed (all its rows), ground truth the shared ID, pairs kept
 * when sex agrees and ages differ by at most 2 years (an ID reused for another person is not a
 * search failure). Skips when {@code ../shared/data} is absent. Synthetic: list 1 queries, list 2
 * indexed, ground truth the generator's. At most {@code sijil.quality.pairs} pairs are evaluated
 * per condition, spread evenly (default 600, to keep the build short). Figures go to {@code
 * target/search-quality.txt}.
 */
class SearchQualityTest {

  /** The dev releases, from the worktree root or from this module's directory (where tests run). */
  static final Path MOH =
      Files.isDirectory(Path.of("../shared/data/moh"))
          ? Path.of("../shared/data/moh")
          : Path.of("../../shared/data/moh");

  static final int PAIRS = Integer.getInteger("sijil.quality.pairs", 600);
  static final int[] AT = {1, 3, 10};

  /** Misses printed per condition ({@code -Dsijil.quality.misses=N}), to see what they share. */
  static final int SHOW_MISSES = Integer.getInteger("sijil.quality.misses", 0);

  /** One query with the id it must find, per condition. */
  record Pair(String target, String arabic, String latin) {}

  record Row(String id, String ar, String en, String sex, Double age) {}

  @Test
  void devReleasesRecallAtThree() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(MOH), "no ../shared/data/moh here");
    List<Row> older = read(MOH.resolve("moh-list-01-2024-01-05.csv"));
    List<Row> newer = read(MOH.resolve("moh-list-03-2024-04-30.csv"));
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Row r : newer) {
      byId.putIfAbsent(r.id(), r);
    }
    List<Pair> pairs = new ArrayList<>();
    for (Row q : older) {
      Row t = byId.get(q.id());
      if (t != null && same(q, t)) {
        pairs.add(new Pair(t.id(), q.ar(), q.en()));
      }
    }
    List<SearchDocument[]> docs = new ArrayList<>();
    long order = 0;
    for (Row r : newer) {
      docs.add(docs(r.id(), order++, r.ar(), r.en()));
    }
    String report =
        evaluate(
            "moh list 01 → list 03 (" + newer.size() + " indexed, " + pairs.size() + " pairs)",
            docs,
            pairs);
    assertTrue(report.contains("recall"), report);
  }

  @Test
  void syntheticListsRecallAtThree() throws IOException {
    Map<String, List<SynthRecord>> persons = SynthPersons.records(12000, 5);
    List<SearchDocument[]> docs = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    long order = 0;
    for (var e : persons.entrySet()) {
      SynthRecord query = null;
      SynthRecord indexed = null;
      for (SynthRecord r : e.getValue()) {
        if (r.list().equals(e.getValue().get(0).list()) && query == null) {
          query = r;
        } else if (!r.list().equals(query.list()) && indexed == null) {
          indexed = r;
        }
      }
      if (indexed != null) {
        String id = "synth-" + order;
        docs.add(docs(id, order++, indexed.nameAr(), indexed.nameEn()));
        pairs.add(new Pair(id, query.nameAr(), query.nameEn()));
      }
    }
    evaluate("synthetic list → another list (" + docs.size() + " indexed)", docs, pairs);
  }

  /** A row as three documents: both scripts, Arabic only, Latin only. */
  static SearchDocument[] docs(String id, long order, String ar, String en) {
    return new SearchDocument[] {
      new SearchDocument(
          id,
          order,
          nonBlank(ar),
          nonBlank(en),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          null),
      new SearchDocument(
          id,
          order,
          nonBlank(ar),
          List.of(),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          null),
      new SearchDocument(
          id,
          order,
          List.of(),
          nonBlank(en),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          null)
    };
  }

  static List<String> nonBlank(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s);
  }

  static String evaluate(String title, List<SearchDocument[]> docs, List<Pair> all)
      throws IOException {
    List<Pair> pairs = new ArrayList<>();
    int step = Math.max(1, all.size() / PAIRS);
    for (int i = 0; i < all.size() && pairs.size() < PAIRS; i += step) {
      pairs.add(all.get(i));
    }
    String[] conditions = {
      "arabic → both scripts", "latin → arabic-only", "arabic → latin-only", "latin → both scripts"
    };
    // Per condition, which of a row's documents is indexed ({@link #docs}) and the query's script.
    int[] indexedDoc = {0, 1, 2, 0};
    boolean[] latinQuery = {false, true, false, true};
    StringBuilder out = new StringBuilder(title + "\n");
    for (int c = 0; c < conditions.length; c++) {
      int condition = c;
      try (PersonSearch s = PersonSearch.inMemory()) {
        List<SearchDocument> indexed =
            docs.stream()
                .map(d -> d[indexedDoc[condition]])
                .filter(d -> !d.arabicNames().isEmpty() || !d.latinNames().isEmpty())
                .toList();
        s.sync(indexed);
        // A target without a name in the indexed script cannot be found by name: not a search
        // failure.
        java.util.Set<String> findable = new java.util.HashSet<>();
        indexed.forEach(d -> findable.add(d.id()));
        int[] found = new int[AT.length];
        int asked = 0;
        int shown = 0;
        java.util.Map<String, SearchDocument> byId = new java.util.HashMap<>();
        indexed.forEach(d -> byId.put(d.id(), d));
        for (Pair p : pairs) {
          String q = latinQuery[condition] ? p.latin() : p.arabic();
          if (q == null || q.isBlank() || !findable.contains(p.target())) {
            continue;
          }
          asked++;
          List<SearchHit> hits = s.search(SearchRequest.of(q, AT[AT.length - 1])).hits();
          boolean inTop3 = hits.stream().limit(3).anyMatch(h -> h.id().equals(p.target()));
          if (!inTop3 && shown++ < SHOW_MISSES) {
            SearchDocument t = byId.get(p.target());
            System.out.println(
                "MISS "
                    + conditions[c]
                    + " | "
                    + q
                    + " | want "
                    + t.arabicNames()
                    + t.latinNames()
                    + " | got "
                    + hits.stream()
                        .limit(3)
                        .map(h -> byId.get(h.id()))
                        .map(d -> d.arabicNames() + "" + d.latinNames())
                        .toList());
          }
          for (int k = 0; k < AT.length; k++) {
            for (int i = 0; i < Math.min(AT[k], hits.size()); i++) {
              if (hits.get(i).id().equals(p.target())) {
                found[k]++;
                break;
              }
            }
          }
        }
        out.append(
            String.format(
                "  %-24s n=%5d  recall@1 %.3f  recall@3 %.3f  recall@10 %.3f%n",
                conditions[c],
                asked,
                found[0] / (double) asked,
                found[1] / (double) asked,
                found[2] / (double) asked));
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/search-quality.txt"),
        out.toString(),
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    System.out.print(out);
    return out.toString();
  }

  static boolean same(Row a, Row b) {
    if (a.sex() != null && b.sex() != null && !a.sex().equals(b.sex())) {
      return false;
    }
    return a.age() == null || b.age() == null || Math.abs(a.age() - b.age()) <= 2;
  }

  static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        Double age;
        try {
          age = Double.parseDouble(r.get("age"));
        } catch (NumberFormatException e) {
          age = null;
        }
        String sex = r.get("sex").isBlank() ? null : r.get("sex");
        out.add(new Row(r.get("id"), r.get("name"), r.get("en_name"), sex, age));
      }
    }
    return out;
  }
}
