package org.sijil.cli.names;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameComparator;
import org.sijil.core.names.NameFrequencies;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameLevel;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.Transliterator;

/**
 * Evaluates the name engine on two releases of one list: pairs of rows with the same ID are (nearly
 * always) one person written twice; pairs of rows in the later release that share father,
 * grandfather and family but differ in given name are relatives (siblings or cousins). The ID is
 * used only as ground truth here.
 */
final class NameEvaluation {

  /** Occurrences from which a token counts as a known distinct name in the frequency variant. */
  static final int FREQUENT = 20;

  /** One row: id, Arabic name, Latin name. */
  record Row(String id, String name, String latin) {}

  /** A score distribution: count, mean, quantiles, level counts. */
  record Distribution(int count, double mean, double[] quantiles, Map<NameLevel, Integer> levels) {
    static final double[] QUANTILES = {0.01, 0.05, 0.10, 0.25, 0.50};

    static Distribution of(double[] scores) {
      double[] s = scores.clone();
      Arrays.sort(s);
      double sum = 0;
      Map<NameLevel, Integer> levels = new EnumMap<>(NameLevel.class);
      for (NameLevel l : NameLevel.values()) {
        levels.put(l, 0);
      }
      for (double v : s) {
        sum += v;
        levels.merge(NameLevel.of(v), 1, Integer::sum);
      }
      double[] q = new double[QUANTILES.length];
      for (int i = 0; i < q.length; i++) {
        q[i] = s.length == 0 ? Double.NaN : s[(int) Math.floor(QUANTILES[i] * (s.length - 1))];
      }
      return new Distribution(s.length, s.length == 0 ? Double.NaN : sum / s.length, q, levels);
    }

    /** Share of scores at or above {@code threshold}. */
    double shareAtLeast(double[] scores, double threshold) {
      int n = 0;
      for (double v : scores) {
        if (v >= threshold) {
          n++;
        }
      }
      return scores.length == 0 ? Double.NaN : (double) n / scores.length;
    }
  }

  static List<Row> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    List<Row> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, format)) {
      for (String column : List.of("id", "name", "en_name")) {
        if (!p.getHeaderMap().containsKey(column)) {
          throw new UserError(
              file + ": missing column '" + column + "' (have " + p.getHeaderNames() + ")");
        }
      }
      for (CSVRecord rec : p) {
        rows.add(new Row(rec.get("id"), rec.get("name"), rec.get("en_name")));
      }
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
    return rows;
  }

  /**
   * Transliteration and cross-script keys against a reference dictionary of Arabic name segments
   * and their English spellings (first two columns {@code ar,en}; the Tech for Palestine
   * dictionary).
   */
  static Map<String, Object> dictionary(Path file) {
    Map<String, Object> out = new LinkedHashMap<>();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int rows = 0;
    int normalizedEqual = 0;
    int keyEqual = 0;
    double sum = 0;
    // The published file has a few stray rows before its "ar,en" header: read by position and
    // keep the rows whose first field is Arabic.
    try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      for (CSVRecord rec : p) {
        if (rec.size() < 2) {
          continue;
        }
        String ar = rec.get(0);
        String en = rec.get(1);
        if (!ComparableName.isArabic(ar) || en.isBlank()) {
          continue;
        }
        rows++;
        if (LatinNormalizer.normalize(Transliterator.toLatin(ar))
            .equals(LatinNormalizer.normalize(en))) {
          normalizedEqual++;
        }
        if (NameKeys.arabicPhonetic(ar).equals(NameKeys.latinPhonetic(en))) {
          keyEqual++;
        }
        sum +=
            NameComparator.standard().compare(ComparableName.arabic(ar), ComparableName.latin(en));
      }
    } catch (IOException e) {
      throw new UserError(file + ": cannot parse: " + e.getMessage());
    }
    out.put("dictionary entries (Arabic segment, English)", rows);
    out.put(
        "dictionary: transliteration equal after Latin normalization",
        share(normalizedEqual, rows));
    out.put("dictionary: Arabic and English phonetic keys equal", share(keyEqual, rows));
    out.put(
        "dictionary: mean cross-script similarity",
        String.format("%.4f", rows == 0 ? 0 : sum / rows));
    return out;
  }

  /** Runs the evaluation and returns metric name to value, in report order. */
  static Map<String, Object> run(List<Row> first, List<Row> second) {
    NameComparator cmp = NameComparator.standard();
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Row> byId = new HashMap<>();
    for (Row r : first) {
      byId.put(r.id(), r);
    }
    List<Row[]> pairs = new ArrayList<>();
    for (Row r : second) {
      Row a = byId.get(r.id());
      if (a != null && !r.id().startsWith("missing")) {
        pairs.add(new Row[] {a, r});
      }
    }
    int n = pairs.size();
    int rawEqual = 0;
    int normEqual = 0;
    int skeletonEqual = 0;
    int blockShared = 0;
    int latinEqual = 0;
    double[] arabic = new double[n];
    double[] latin = new double[n];
    double[] cross = new double[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Row a = pairs.get(i)[0];
      Row b = pairs.get(i)[1];
      if (a.name().equals(b.name())) {
        rawEqual++;
      }
      NameChain ca = NameParser.parse(a.name());
      NameChain cb = NameParser.parse(b.name());
      if (ca.joined().equals(cb.joined())) {
        normEqual++;
      }
      if (NameKeys.arabicSkeleton(a.name()).equals(NameKeys.arabicSkeleton(b.name()))) {
        skeletonEqual++;
      }
      List<String> ka = NameKeys.blockingKeys(a.name());
      for (String k : NameKeys.blockingKeys(b.name())) {
        if (ka.contains(k)) {
          blockShared++;
          break;
        }
      }
      if (a.latin().equals(b.latin())) {
        latinEqual++;
      }
      arabic[i] = cmp.compare(ComparableName.arabic(a.name()), ComparableName.arabic(b.name()));
      latin[i] = cmp.compare(ComparableName.latin(a.latin()), ComparableName.latin(b.latin()));
      cross[i] = cmp.compare(ComparableName.arabic(a.name()), ComparableName.latin(b.latin()));
    }
    double[] relatives = relatives(second, cmp);
    double[] relativesCross = relativesCross(second, cmp);
    double[] relativesLatin = relativesLatin(second, cmp);
    out.put("same-ID pairs", n);
    out.put("raw Arabic names equal", share(rawEqual, n));
    out.put("normalized (compounds joined) equal", share(normEqual, n));
    out.put("skeleton key equal", share(skeletonEqual, n));
    out.put("share a blocking key", share(blockShared, n));
    out.put("raw Latin names equal", share(latinEqual, n));
    describe(out, "same person, Arabic", arabic);
    describe(out, "relatives, Arabic", relatives);
    describe(out, "same person, Latin", latin);
    describe(out, "relatives, Latin", relativesLatin);
    describe(out, "same person, cross-script (ar 1 / en 2)", cross);
    describe(out, "relatives, cross-script", relativesCross);
    for (double t :
        new double[] {
          NameLevel.HIGH_THRESHOLD, NameLevel.MEDIUM_THRESHOLD, NameLevel.LOW_THRESHOLD
        }) {
      out.put(
          String.format("Arabic score >= %.2f: same person / relatives", t),
          String.format(
              "%.4f / %.4f",
              Distribution.of(arabic).shareAtLeast(arabic, t),
              Distribution.of(relatives).shareAtLeast(relatives, t)));
    }
    List<String> allNames = new ArrayList<>();
    for (Row r : first) {
      allNames.add(r.name());
    }
    for (Row r : second) {
      allNames.add(r.name());
    }
    NameFrequencies frequencies = NameFrequencies.of(allNames);
    StringBuilder top = new StringBuilder();
    for (Map.Entry<String, Integer> e : frequencies.top(5)) {
      top.append(top.length() == 0 ? "" : "  ")
          .append(e.getKey())
          .append(' ')
          .append(String.format("%.3f", frequencies.frequency(e.getKey())));
    }
    out.put(
        "token frequencies: tokens / distinct",
        frequencies.total() + " / " + frequencies.distinct());
    out.put("token frequencies: top 5 (share of tokens)", top.toString());
    NameComparator frequent = NameComparator.withFrequencies(frequencies, FREQUENT);
    double[] arabicF = new double[n];
    for (int i = 0; i < n; i++) {
      arabicF[i] =
          frequent.compare(
              ComparableName.arabic(pairs.get(i)[0].name()),
              ComparableName.arabic(pairs.get(i)[1].name()));
    }
    double[] relativesF = score(relativePairs(second, Side.ARABIC), frequent);
    describe(out, "same person, Arabic, frequent names distinct", arabicF);
    describe(out, "relatives, Arabic, frequent names distinct", relativesF);
    out.put("seconds", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    return out;
  }

  /** Scores of row pairs sharing father, grandfather and family but not the given name. */
  private static double[] relatives(List<Row> rows, NameComparator cmp) {
    return score(relativePairs(rows, Side.ARABIC), cmp);
  }

  /** Which names of a relative pair are compared. */
  private enum Side {
    ARABIC,
    LATIN,
    CROSS
  }

  private static double[] relativesCross(List<Row> rows, NameComparator cmp) {
    return score(relativePairs(rows, Side.CROSS), cmp);
  }

  private static double[] relativesLatin(List<Row> rows, NameComparator cmp) {
    return score(relativePairs(rows, Side.LATIN), cmp);
  }

  private static double[] score(List<ComparableName[]> pairs, NameComparator cmp) {
    double[] s = new double[pairs.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = cmp.compare(pairs.get(i)[0], pairs.get(i)[1]);
    }
    return s;
  }

  private static List<ComparableName[]> relativePairs(List<Row> rows, Side side) {
    Map<String, List<Integer>> groups = new HashMap<>();
    String[] given = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      NameChain c = NameParser.parse(rows.get(i).name());
      if (c.size() < 4) {
        continue;
      }
      given[i] = c.given();
      String lineage = c.joined().substring(c.given().length()).trim();
      groups.computeIfAbsent(lineage, k -> new ArrayList<>()).add(i);
    }
    List<ComparableName[]> pairs = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      for (int x = 0; x < g.size(); x++) {
        for (int y = x + 1; y < g.size(); y++) {
          Row a = rows.get(g.get(x));
          Row b = rows.get(g.get(y));
          if (a.id().equals(b.id()) || given[g.get(x)].equals(given[g.get(y)])) {
            continue;
          }
          pairs.add(
              switch (side) {
                case ARABIC ->
                    new ComparableName[] {
                      ComparableName.arabic(a.name()), ComparableName.arabic(b.name())
                    };
                case LATIN ->
                    new ComparableName[] {
                      ComparableName.latin(a.latin()), ComparableName.latin(b.latin())
                    };
                case CROSS ->
                    new ComparableName[] {
                      ComparableName.arabic(a.name()), ComparableName.latin(b.latin())
                    };
              });
        }
      }
    }
    return pairs;
  }

  private static void describe(Map<String, Object> out, String label, double[] scores) {
    Distribution d = Distribution.of(scores);
    out.put(label + ": pairs", d.count());
    out.put(label + ": mean", String.format("%.4f", d.mean()));
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < d.quantiles().length; i++) {
      q.append(i == 0 ? "" : "  ")
          .append(
              String.format(
                  "p%d=%.3f", Math.round(Distribution.QUANTILES[i] * 100), d.quantiles()[i]));
    }
    out.put(label + ": quantiles", q.toString());
    StringBuilder l = new StringBuilder();
    for (Map.Entry<NameLevel, Integer> e : d.levels().entrySet()) {
      if (e.getKey() != NameLevel.MISSING) {
        l.append(l.length() == 0 ? "" : "  ")
            .append(e.getKey().name().toLowerCase())
            .append('=')
            .append(String.format("%.3f", d.count() == 0 ? 0 : e.getValue() / (double) d.count()));
      }
    }
    out.put(label + ": levels", l.toString());
  }

  private static String share(int k, int n) {
    return String.format("%d (%.2f%%)", k, n == 0 ? 0 : 100.0 * k / n);
  }
}
