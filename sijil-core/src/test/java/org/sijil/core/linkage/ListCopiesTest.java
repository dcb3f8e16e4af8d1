package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.CasualtyRecord;

/**
 * A list that names one person twice: plain one-to-one links the other list's record to one copy
 * only; {@link ListCopies} links it to both, and to nothing the model keeps apart.
 */
class ListCopiesTest {

  private static final int COPIES = 40;

  /** Left: persons 0-599; right: persons 200-899, persons 200-239 listed twice (same values). */
  private static List<List<CasualtyRecord>> listsWithCopies(long seed) {
    Random rnd = new Random(seed);
    List<Synthetic.Person> persons = Synthetic.persons(900, rnd);
    List<CasualtyRecord> left = new ArrayList<>();
    List<CasualtyRecord> right = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      left.add(Synthetic.record(persons.get(i), left.size() + 1, rnd, false));
    }
    for (int i = 200; i < 900; i++) {
      right.add(Synthetic.record(persons.get(i), right.size() + 1, rnd, false));
    }
    for (int i = 200; i < 200 + COPIES; i++) {
      right.add(Synthetic.record(persons.get(i), right.size() + 1, rnd, false));
    }
    return List.of(left, right);
  }

  @Test
  void aListsTwoCopiesOfOnePersonBothTakeTheLinkAndNothingElseIsAdded() {
    List<List<CasualtyRecord>> lists = listsWithCopies(11);
    List<CasualtyRecord> left = lists.get(0);
    List<CasualtyRecord> right = lists.get(1);
    Linker job = Linker.link(LinkerTest.SPEC, left, right, 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int[] plain = job.oneToOne(pairs, 0.5, Decisions.none());
    int[] withCopies = ListCopies.oneToOne(job, model, pairs, 0.5, Decisions.none());

    // The one-to-one links come first, unchanged.
    for (int i = 0; i < plain.length; i++) {
      assertEquals(plain[i], withCopies[i]);
    }
    int n = left.size();
    Map<Integer, Integer> rightLinks = new HashMap<>();
    int copiesLinked = 0;
    for (int i = plain.length; i < withCopies.length; i++) {
      int idx = withCopies[i];
      String a = left.get(pairs.left(idx)).id();
      String b = right.get(pairs.right(idx) - n).id();
      assertEquals(a, b, "a copy's link joins records of one person");
      copiesLinked++;
    }
    // Each person listed twice on the right ends with both of its records linked to its left one.
    Set<String> linkedPersons = new HashSet<>();
    for (int idx : withCopies) {
      rightLinks.merge(pairs.right(idx), 1, Integer::sum);
      linkedPersons.add(right.get(pairs.right(idx) - n).id());
    }
    assertTrue(copiesLinked >= COPIES - 2, "copies linked: " + copiesLinked);
    assertTrue(copiesLinked <= COPIES, "copies linked: " + copiesLinked);
    rightLinks.values().forEach(c -> assertEquals(1, c, "each right record in one link at most"));
  }

  @Test
  void aCopyTheReviewerSplitFromTheLinkedRecordStaysUnlinked() {
    List<List<CasualtyRecord>> lists = listsWithCopies(12);
    List<CasualtyRecord> left = lists.get(0);
    List<CasualtyRecord> right = lists.get(1);
    Linker job = Linker.link(LinkerTest.SPEC, left, right, 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int[] withCopies = ListCopies.oneToOne(job, model, pairs, 0.5, Decisions.none());
    int[] plain = job.oneToOne(pairs, 0.5, Decisions.none());
    assertTrue(withCopies.length > plain.length, "the lists hold copies");
    int copyLink = withCopies[plain.length];
    int leftRecord = pairs.left(copyLink);
    int copy = pairs.right(copyLink);
    int anchor = -1;
    for (int idx : plain) {
      if (pairs.left(idx) == leftRecord) {
        anchor = pairs.right(idx);
      }
    }
    Decisions split = Decisions.none().nonMatch(anchor, copy);
    for (int idx : ListCopies.oneToOne(job, model, pairs, 0.5, split)) {
      assertTrue(pairs.right(idx) != copy, "a copy decided apart from the linked record");
    }
    Decisions apart = Decisions.none().nonMatch(leftRecord, copy);
    for (int idx : ListCopies.oneToOne(job, model, pairs, 0.5, apart)) {
      assertTrue(
          pairs.right(idx) != copy || pairs.left(idx) != leftRecord,
          "a pair decided a non-match is not linked as a copy");
    }
  }
}
