package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.CompactRecords;
import org.sijil.core.record.RecordColumns;

/**
 * A job on records held column by column ({@link CompactRecords}) gives the same model, pairs and
 * clusters as on the same records in a plain list: dedupe and link, on synthetic records.
 */
class CompactRecordsLinkageTest {

  private static CompactRecords compact(List<CasualtyRecord> records) {
    CompactRecords.Builder b = CompactRecords.builder();
    records.forEach(b::add);
    return b.build();
  }

  private static String outcome(Linker job) {
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    StringBuilder sb = new StringBuilder(LinkageJson.write(model));
    for (int i = 0; i < pairs.size(); i++) {
      sb.append('\n').append(pairs.left(i)).append(',').append(pairs.right(i));
      sb.append(',').append(pairs.probability(i));
    }
    int[] cluster = job.cluster(model, pairs, 0.5, Decisions.none());
    sb.append('\n').append(java.util.Arrays.toString(cluster));
    return sb.toString();
  }

  @Test
  void dedupeGivesTheSameModelPairsAndClusters() {
    Random rnd = new Random(11);
    List<CasualtyRecord> records = new ArrayList<>();
    for (Synthetic.Person p : Synthetic.persons(400, rnd)) {
      int copies = 1 + rnd.nextInt(3);
      for (int c = 0; c < copies; c++) {
        records.add(Synthetic.record(p, records.size() + 1, rnd, c > 0 && rnd.nextBoolean()));
      }
    }
    CompactRecords compact = compact(records);
    assertEquals(records, compact);
    assertEquals(
        outcome(Linker.dedupe(LinkerTest.SPEC, records, 2)),
        outcome(Linker.dedupe(LinkerTest.SPEC, compact, 2)));
  }

  @Test
  void linkGivesTheSameModelPairsAndClustersAndExplanations() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(3);
    CompactRecords left = compact(lists.get(0));
    CompactRecords right = compact(lists.get(1));
    Linker plain = Linker.link(LinkerTest.SPEC, lists.get(0), lists.get(1), 2);
    Linker columns = Linker.link(LinkerTest.SPEC, left, right, 2);
    assertEquals(outcome(plain), outcome(columns));
    LinkageModel model = plain.train();
    assertEquals(plain.explain(model, 3, 700), columns.explain(model, 3, 700));
    // A list without cheap reads by index (not RandomAccess) is read the same.
    Linker linked = Linker.link(LinkerTest.SPEC, new LinkedList<>(lists.get(0)), right, 1);
    assertArrayEquals(
        plain.cluster(model, plain.score(model, 0.01), 0.5, Decisions.none()),
        linked.cluster(model, linked.score(model, 0.01), 0.5, Decisions.none()));
  }

  @Test
  void viewsReadEachFieldByColumnEqualToTheirRecords() {
    List<List<CasualtyRecord>> lists = LinkerTest.twoLists(5);
    CompactRecords left = compact(lists.get(0));
    List<CasualtyRecord> all = RecordViews.concat(left, lists.get(1));
    int[] order = new int[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = order.length - 1 - i;
    }
    for (List<CasualtyRecord> view : List.of(all, RecordViews.permuted(all, order))) {
      RecordColumns columns = RecordColumns.of(view);
      assertSame(view, columns);
      for (int i = 0; i < view.size(); i++) {
        CasualtyRecord r = view.get(i);
        for (CanonicalField f : CanonicalField.values()) {
          assertEquals(r.text(f), columns.text(f, i), "record " + i + " " + f);
        }
        assertEquals(r.age(), columns.age(i));
        assertEquals(r.dob(), columns.dob(i));
        assertEquals(r.dod(), columns.dod(i));
      }
    }
  }
}
