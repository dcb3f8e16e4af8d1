package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/** Issue 15, failure 1: an Arabic-only list and a Latin-only list link with the default spec. */
class CrossScriptLinkTest {

  /** The record with only these names (null: absent), and without its birth date when asked. */
  private static CasualtyRecord only(CasualtyRecord r, boolean arabic, boolean latin, boolean dob) {
    return new CasualtyRecord(
        r.row(),
        r.id(),
        arabic ? r.nameAr() : null,
        latin ? r.nameEn() : null,
        r.age(),
        dob ? r.dob() : null,
        r.sex(),
        r.source(),
        r.dod(),
        r.place(),
        r.raw());
  }

  private static List<CasualtyRecord> only(
      List<CasualtyRecord> list, boolean arabic, boolean latin, boolean dob) {
    List<CasualtyRecord> out = new ArrayList<>();
    for (CasualtyRecord r : list) {
      out.add(only(r, arabic, latin, dob));
    }
    return out;
  }

  private static double[] precisionRecall(
      Linker job, List<CasualtyRecord> left, List<CasualtyRecord> right) {
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int[] chosen = job.oneToOne(pairs, 0.5, Decisions.none());
    int n = left.size();
    int tp = 0;
    for (int idx : chosen) {
      tp += left.get(pairs.left(idx)).id().equals(right.get(pairs.right(idx) - n).id()) ? 1 : 0;
    }
    return new double[] {tp / (double) Math.max(1, chosen.length), tp / 400.0};
  }

  @Test
  void arabicOnlyListLinksToLatinOnlyListWithNoOptions() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(5);
    for (boolean dob : new boolean[] {true, false}) {
      List<CasualtyRecord> left = only(lists.get(0), true, false, dob);
      List<CasualtyRecord> right = only(lists.get(1), false, true, dob);
      Linker job = Linker.link(LinkerTest.SPEC, left, right, 2);
      assertTrue(
          job.spec().comparisons().stream()
              .anyMatch(c -> c.fieldType() == ComparisonSpec.FieldType.CROSS_SCRIPT_NAME));
      double[] pr = precisionRecall(job, left, right);
      assertTrue(pr[0] > 0.95, "precision " + pr[0] + " (dob " + dob + ")");
      assertTrue(pr[1] > 0.85, "recall " + pr[1] + " (dob " + dob + ")");
    }
  }

  @Test
  void explainShowsTheCrossScriptComparison() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(6);
    List<CasualtyRecord> left = only(lists.get(0), true, false, true);
    List<CasualtyRecord> right = only(lists.get(1), false, true, true);
    Linker job = Linker.link(LinkerTest.SPEC, left, right, 2);
    LinkageModel model = job.train();
    // Person 200 is left's record 200 and right's record 0.
    Explanation why = job.explain(model, 200, left.size());
    assertTrue(why.toString().contains("name_cross"), why.toString());
  }

  @Test
  void listsSharingAScriptDoNotCompareAcrossScripts() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(7);
    Linker job = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2);
    LinkageSpec effective = job.spec();
    assertFalse(effective.comparisons().stream().anyMatch(c -> c.name().equals("name_cross")));
    assertFalse(effective.blocking().stream().anyMatch(r -> r.name().startsWith("x_")));
  }

  @Test
  @Tag("slow")
  void mixedListsCompareOnlyArabicOnlyAgainstLatinOnlyRecords() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(8);
    List<CasualtyRecord> left = new ArrayList<>(lists.get(0));
    List<CasualtyRecord> right = new ArrayList<>();
    for (int i = 0; i < lists.get(1).size(); i++) {
      CasualtyRecord r = lists.get(1).get(i);
      right.add(i % 2 == 0 ? only(r, false, true, true) : r);
    }
    for (int i = 0; i < left.size(); i++) {
      if (i % 3 == 0) {
        left.set(i, only(left.get(i), true, false, true));
      }
    }
    Linker job = Linker.link(LinkerTest.SPEC, left, right, 2);
    RecordTable table = job.table();
    FeatureColumn cross = table.column("name");
    int compared = 0;
    for (int a = 0; a < table.leftSize(); a++) {
      for (int b = table.leftSize(); b < table.size(); b++) {
        boolean comparable = !cross.isNull(a) && !cross.isNull(b) && !cross.sameGroup(a, b);
        if (comparable) {
          compared++;
        }
      }
    }
    assertTrue(compared > 0);
    double[] pr = precisionRecall(job, left, right);
    assertTrue(pr[0] > 0.95, "precision " + pr[0]);
    assertTrue(pr[1] > 0.9, "recall " + pr[1]);
    assertEquals(left.size() + right.size(), table.size());
  }
}
