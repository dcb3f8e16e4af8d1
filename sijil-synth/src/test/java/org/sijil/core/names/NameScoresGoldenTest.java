package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * Guards speed work on the name engine: the exact scores (bit for bit) of a seeded set of synthetic
 * name pairs — same-person variants, relatives (same family), strangers, Latin and cross-script —
 * recorded before the optimizations in {@code names/golden-scores.tsv.gz}, and the normalized text
 * and keys of every name in it. The names are read from the file, so the test does not depend on
 * the synthetic generator staying the same. Regenerate (only for an intended change of scores) with
 * {@code -Dsijil.golden.write=<path of the tsv.gz in src/test/resources>}.
 */
class NameScoresGoldenTest {

  private static final String RESOURCE = "/names/golden-scores.tsv.gz";

  /** Pairs of synthetic names: kind, name a, name b. */
  static List<String[]> pairs() {
    List<SynthRecord> records = new SyntheticLists(SynthConfig.of(1500, 4, 20261122L)).toList();
    Map<String, List<SynthRecord>> byPerson = new HashMap<>();
    Map<String, List<SynthRecord>> byFamily = new HashMap<>();
    for (SynthRecord r : records) {
      byPerson.computeIfAbsent(r.truePerson(), k -> new ArrayList<>()).add(r);
      byFamily.computeIfAbsent(r.trueFamily(), k -> new ArrayList<>()).add(r);
    }
    Random random = new Random(7);
    List<String[]> pairs = new ArrayList<>();
    for (SynthRecord r : records) {
      List<SynthRecord> same = byPerson.get(r.truePerson());
      SynthRecord s = same.get(random.nextInt(same.size()));
      add(pairs, "person", r.nameAr(), s.nameAr());
      add(pairs, "person-latin", r.nameEn(), s.nameEn());
      add(pairs, "person-cross", r.nameAr(), s.nameEn());
      List<SynthRecord> family = byFamily.get(r.trueFamily());
      SynthRecord f = family.get(random.nextInt(family.size()));
      if (!f.truePerson().equals(r.truePerson())) {
        add(pairs, "relative", r.nameAr(), f.nameAr());
        add(pairs, "relative-latin", r.nameEn(), f.nameEn());
      }
      SynthRecord o = records.get(random.nextInt(records.size()));
      add(pairs, "stranger", r.nameAr(), o.nameAr());
      if (random.nextInt(4) == 0) {
        add(pairs, "stranger-latin", r.nameEn(), o.nameEn());
        add(pairs, "stranger-cross", o.nameEn(), r.nameAr());
      }
    }
    return pairs;
  }

  private static void add(List<String[]> pairs, String kind, String a, String b) {
    if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
      pairs.add(new String[] {kind, clean(a), clean(b)});
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * One line per pair: kind, a, b, standard score, score with frequencies, then keys of a and b.
   */
  private static String line(String kind, String a, String b, NameComparator frequent) {
    ComparableName ca = ComparableName.any(a);
    ComparableName cb = ComparableName.any(b);
    double standard = NameComparator.standard().compare(ca, cb);
    double withFrequencies = frequent.compare(ca, cb);
    return String.join("\t", kind, a, b, hex(standard), hex(withFrequencies), keys(a), keys(b));
  }

  private static String keys(String name) {
    if (ComparableName.isArabic(name)) {
      return ArabicNormalizer.standard().normalize(name) + "|" + NameKeys.arabicSkeleton(name);
    }
    return LatinNormalizer.normalize(name) + "|" + NameKeys.latinPhonetic(name);
  }

  private static String hex(double d) {
    return Long.toHexString(Double.doubleToLongBits(d));
  }

  private static NameComparator frequentComparator(List<String[]> rows) {
    List<String> names = new ArrayList<>();
    for (String[] r : rows) {
      names.add(r[1]);
      names.add(r[2]);
    }
    return NameComparator.withFrequencies(NameFrequencies.of(names), 3);
  }

  @Test
  void scoresAndKeysAreExactlyAsRecorded() throws IOException {
    String target = System.getProperty("sijil.golden.write");
    if (target != null && !target.isBlank()) {
      List<String[]> pairs = pairs();
      NameComparator frequent = frequentComparator(pairs);
      try (Writer w =
          new OutputStreamWriter(
              new GZIPOutputStream(Files.newOutputStream(Path.of(target))),
              StandardCharsets.UTF_8)) {
        for (String[] p : pairs) {
          w.write(line(p[0], p[1], p[2], frequent));
          w.write('\n');
        }
      }
    }
    List<String> expected = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = NameScoresGoldenTest.class.getResourceAsStream(RESOURCE)) {
      assertTrue(in != null, "missing test resource " + RESOURCE);
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        expected.add(l);
        rows.add(l.split("\t", -1));
      }
    }
    assertTrue(rows.size() > 5000, "golden pairs: " + rows.size());
    NameComparator frequent = frequentComparator(rows);
    int mismatches = 0;
    StringBuilder first = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      String actual = line(r[0], r[1], r[2], frequent);
      if (!actual.equals(expected.get(k))) {
        if (mismatches++ < 5) {
          first
              .append("\nline ")
              .append(k + 1)
              .append("\n  expected ")
              .append(expected.get(k))
              .append("\n  actual   ")
              .append(actual);
        }
      }
    }
    assertEquals(0, mismatches, mismatches + " of " + rows.size() + " lines differ:" + first);
    // Again in reverse order, on another thread: the comparator's per-thread memo of token pairs
    // starts cold and fills in another order, and must not change a single score.
    Thread reverse =
        new Thread(
            () -> {
              for (int k = rows.size() - 1; k >= 0; k--) {
                String[] r = rows.get(k);
                assertEquals(
                    expected.get(k), line(r[0], r[1], r[2], frequent), "reverse, line " + (k + 1));
              }
            });
    Throwable[] failure = new Throwable[1];
    reverse.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
    reverse.start();
    try {
      reverse.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }
}
