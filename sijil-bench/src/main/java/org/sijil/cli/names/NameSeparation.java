package org.sijil.cli.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import java.util.function.UnaryOperator;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameComparator;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.Romanization;
import org.sijil.synth.PressRomanization;

/**
 * How well name-only similarity tells one person's two records from relatives' records, as the area
 * under the ROC curve (the chance that a random same-person pair scores above a random pair of
 * relatives, ties counting half): Arabic names across releases, Latin names across publishers (the
 * first release's {@code en_name} against the second's Arabic name in synth's second romanization),
 * and across scripts (the first release's Arabic name against the second's {@code en_name}).
 * Relatives are pairs of the second release sharing father, grandfather and family but not the
 * given name, as in {@link NameEvaluation}.
 */
final class NameSeparation {

  private NameSeparation() {}

  static Map<String, Object> run(List<NameEvaluation.Row> first, List<NameEvaluation.Row> second) {
    Map<String, NameEvaluation.Row> byId = new HashMap<>();
    for (NameEvaluation.Row r : first) {
      byId.put(r.id(), r);
    }
    List<NameEvaluation.Row[]> same = new ArrayList<>();
    for (NameEvaluation.Row r : second) {
      NameEvaluation.Row a = byId.get(r.id());
      if (a != null && !r.id().startsWith("missing")) {
        same.add(new NameEvaluation.Row[] {a, r});
      }
    }
    List<NameEvaluation.Row[]> relatives = relatives(second);
    NameComparator cmp = NameComparator.standard();
    UnaryOperator<String> press = PressRomanization.writer();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "AUC same person vs relatives, Arabic (name engine)",
        auc(
            same,
            relatives,
            (a, b) ->
                cmp.compare(ComparableName.arabic(a.name()), ComparableName.arabic(b.name()))));
    out.put(
        "AUC same person vs relatives, Latin across publishers (romanized words)",
        auc(
            same,
            relatives,
            (a, b) ->
                Romanization.similarity(
                    Romanization.latin(a.latin()), Romanization.latin(press.apply(b.name())))));
    out.put(
        "AUC same person vs relatives, Latin across publishers (name engine)",
        auc(
            same,
            relatives,
            (a, b) ->
                cmp.compare(
                    ComparableName.latin(a.latin()), ComparableName.latin(press.apply(b.name())))));
    out.put(
        "AUC same person vs relatives, across scripts (romanized words)",
        auc(
            same,
            relatives,
            (a, b) ->
                Romanization.similarity(
                    Romanization.arabic(NameParser.parse(a.name())),
                    Romanization.latin(b.latin()))));
    out.put(
        "AUC same person vs relatives, Latin across publishers, with learnt variants",
        auc(
            same,
            relatives,
            (a, b) ->
                Romanization.similarity(
                    canonical(Romanization.latin(a.latin())),
                    canonical(Romanization.latin(press.apply(b.name()))))));
    out.put(
        "AUC same person vs relatives, across scripts, with learnt variants",
        auc(
            same,
            relatives,
            (a, b) ->
                Romanization.similarity(
                    canonical(Romanization.arabic(NameParser.parse(a.name()))),
                    canonical(Romanization.latin(b.latin())))));
    out.put(
        "AUC same person vs relatives, across scripts (name engine)",
        auc(
            same,
            relatives,
            (a, b) ->
                cmp.compare(ComparableName.arabic(a.name()), ComparableName.latin(b.latin()))));
    return out;
  }

  private static String auc(
      List<NameEvaluation.Row[]> same,
      List<NameEvaluation.Row[]> relatives,
      ToDoubleBiFunction<NameEvaluation.Row, NameEvaluation.Row> similarity) {
    double[] pos = new double[same.size()];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = similarity.applyAsDouble(same.get(i)[0], same.get(i)[1]);
    }
    double[] neg = new double[relatives.size()];
    for (int i = 0; i < neg.length; i++) {
      neg[i] = similarity.applyAsDouble(relatives.get(i)[0], relatives.get(i)[1]);
    }
    return String.format("%.4f (%d / %d pairs)", auc(pos, neg), pos.length, neg.length);
  }

  /** Area under the ROC curve of scores of positives against negatives, ties counting half. */
  static double auc(double[] pos, double[] neg) {
    double[] p = pos.clone();
    double[] n = neg.clone();
    Arrays.sort(p);
    Arrays.sort(n);
    double wins = 0;
    int below = 0;
    int equal = 0;
    for (double v : p) {
      while (below < n.length && n[below] < v) {
        below++;
      }
      equal = below;
      while (equal < n.length && n[equal] == v) {
        equal++;
      }
      wins += below + 0.5 * (equal - below);
    }
    return pos.length == 0 || neg.length == 0
        ? Double.NaN
        : wins / ((double) pos.length * neg.length);
  }

  /** Pairs of rows sharing everything after the given name (four or more tokens) but not it. */
  private static List<NameEvaluation.Row[]> relatives(List<NameEvaluation.Row> rows) {
    Map<String, List<Integer>> groups = new HashMap<>();
    String[] given = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      NameChain c = NameParser.parse(rows.get(i).name());
      if (c.size() < 4) {
        continue;
      }
      given[i] = c.given();
      groups
          .computeIfAbsent(c.joined().substring(c.given().length()).trim(), k -> new ArrayList<>())
          .add(i);
    }
    List<NameEvaluation.Row[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      for (int x = 0; x < g.size(); x++) {
        for (int y = x + 1; y < g.size(); y++) {
          NameEvaluation.Row a = rows.get(g.get(x));
          NameEvaluation.Row b = rows.get(g.get(y));
          if (!a.id().equals(b.id()) && !given[g.get(x)].equals(given[g.get(y)])) {
            out.add(new NameEvaluation.Row[] {a, b});
          }
        }
      }
    }
    return out;
  }

  /** Reduced words in their learnt canonical spellings, as linkage compares them. */
  private static List<String> canonical(List<String> reduced) {
    org.sijil.core.names.NameVariants v = org.sijil.core.names.NameVariants.shipped();
    return reduced.stream().map(v::canonical).toList();
  }
}
