package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

class LinkerTest {

  static final LinkageSpec SPEC = DefaultSpecs.casualtyLists().without(Set.of("id"));

  /** Left: 600 persons; right: 400 of them (some damaged) plus 300 others. */
  static List<List<CasualtyRecord>> twoLists(long seed) {
    Random rnd = new Random(seed);
    List<Synthetic.Person> persons = Synthetic.persons(900, rnd);
    List<CasualtyRecord> left = new ArrayList<>();
    List<CasualtyRecord> right = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      left.add(Synthetic.record(persons.get(i), left.size() + 1, rnd, false));
    }
    for (int i = 200; i < 900; i++) {
      right.add(Synthetic.record(persons.get(i), right.size() + 1, rnd, rnd.nextInt(3) == 0));
    }
    return List.of(left, right);
  }

  @Test
  void linksTwoListsOneToOneWithHighPrecisionAndRecall() {
    List<List<CasualtyRecord>> lists = twoLists(1);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int[] chosen = job.oneToOne(pairs, 0.5, Decisions.none());
    int n = lists.get(0).size();
    int tp = 0;
    for (int idx : chosen) {
      String a = lists.get(0).get(pairs.left(idx)).id();
      String b = lists.get(1).get(pairs.right(idx) - n).id();
      tp += a.equals(b) ? 1 : 0;
    }
    double precision = tp / (double) chosen.length;
    double recall = tp / 400.0;
    assertTrue(precision > 0.97, "precision " + precision);
    assertTrue(recall > 0.9, "recall " + recall);
  }

  @Test
  @Tag("slow")
  void trainingIsDeterministicForASeedAndIndependentOfThreads() {
    List<List<CasualtyRecord>> lists = twoLists(2);
    String one = LinkageJson.write(Linker.link(SPEC, lists.get(0), lists.get(1), 1).train());
    String two = LinkageJson.write(Linker.link(SPEC, lists.get(0), lists.get(1), 2).train());
    assertEquals(one, two);
    LinkageSpec other = SPEC.withTraining(SPEC.training().withSeed(7));
    assertNotEquals(
        one, LinkageJson.write(Linker.link(other, lists.get(0), lists.get(1), 2).train()));
  }

  @Test
  void eachCandidatePairIsScoredOnceAcrossRules() {
    List<List<CasualtyRecord>> lists = twoLists(3);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    LinkageModel model = job.train();
    ScoredPairs all = job.score(model, 1e-12);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      assertTrue(seen.add(Decisions.key(all.left(i), all.right(i))), "pair scored twice");
      assertTrue(all.left(i) < job.table().leftSize() && all.right(i) >= job.table().leftSize());
    }
    long perRule = job.candidateCounts().stream().mapToLong(RuleCount::pairs).sum();
    assertTrue(seen.size() < perRule, "rules overlap, so the union is smaller than the sum");
  }

  @Test
  void explanationAddsUpToTheScore() {
    List<List<CasualtyRecord>> lists = twoLists(4);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    Explanation e = job.explain(model, pairs.left(0), pairs.right(0));
    double sum = e.priorWeight();
    for (Explanation.Term t : e.terms()) {
      sum += t.weight() + t.termFrequency();
    }
    assertEquals(pairs.weight(0), sum, 1e-9);
    assertEquals(pairs.probability(0), e.probability(), 1e-12);
    assertEquals(job.spec().comparisons().size(), e.terms().size());
  }

  /** The job stores records in name order; every answer is in the caller's record indices. */
  @Test
  void pairsClustersAndExplanationsUseTheCallersRecordIndices() {
    List<List<CasualtyRecord>> lists = twoLists(7);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int n = lists.get(0).size();
    int sameId = 0;
    for (int i = 0; i < pairs.size(); i++) {
      assertEquals(
          pairs.probability(i), job.probability(model, pairs.left(i), pairs.right(i)), 1e-12);
      assertEquals(
          pairs.weight(i), job.explain(model, pairs.left(i), pairs.right(i)).weight(), 1e-9);
      if (pairs.probability(i) > 0.99) {
        sameId +=
            lists.get(0).get(pairs.left(i)).id().equals(lists.get(1).get(pairs.right(i) - n).id())
                ? 1
                : 0;
      }
    }
    assertTrue(sameId > 300, "confident pairs join records of the same person: " + sameId);
  }

  /**
   * An explanation shows the first record asked for on the left, whatever the job's internal order.
   */
  @Test
  void explanationSidesFollowTheCallersOrder() {
    List<List<CasualtyRecord>> lists = twoLists(8);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    LinkageModel model = job.train();
    ScoredPairs pairs = job.score(model, 0.01);
    int n = lists.get(0).size();
    int checked = 0;
    for (int i = 0; i < pairs.size() && checked < 50; i++) {
      CasualtyRecord left = lists.get(0).get(pairs.left(i));
      CasualtyRecord right = lists.get(1).get(pairs.right(i) - n);
      if (left.nameAr().equals(right.nameAr())) {
        continue;
      }
      Explanation ab = job.explain(model, pairs.left(i), pairs.right(i));
      Explanation ba = job.explain(model, pairs.right(i), pairs.left(i));
      Explanation.Term nameAb =
          ab.terms().stream()
              .filter(t -> t.comparison().equals("name_ar"))
              .findFirst()
              .orElseThrow();
      Explanation.Term nameBa =
          ba.terms().stream()
              .filter(t -> t.comparison().equals("name_ar"))
              .findFirst()
              .orElseThrow();
      assertEquals(left.nameAr(), nameAb.left());
      assertEquals(right.nameAr(), nameAb.right());
      assertEquals(right.nameAr(), nameBa.left());
      assertEquals(left.nameAr(), nameBa.right());
      assertEquals(ab.weight(), ba.weight(), 0);
      checked++;
    }
    assertTrue(checked > 10, "pairs with different names checked: " + checked);
  }

  /**
   * Scoring stops comparing a pair once it cannot reach the floor; above it the weight is exact.
   */
  @Test
  void weightAtLeastAFloorIsExactAboveItAndBelowItOtherwise() {
    List<List<CasualtyRecord>> lists = twoLists(8);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    PairScorer scorer = job.scorer(job.train());
    Random rnd = new Random(8);
    Scratch s = new Scratch();
    int n = job.table().leftSize();
    int cut = 0;
    for (int k = 0; k < 20_000; k++) {
      int a = rnd.nextInt(n);
      int b = n + rnd.nextInt(job.table().size() - n);
      if (k % 2 == 0) {
        b = n + Math.min(job.table().size() - n - 1, a); // some pairs of the same person
      }
      double w = scorer.weight(a, b, s);
      for (double floor : new double[] {-30, -5, 0, 10}) {
        double v = scorer.weightAtLeast(a, b, s, floor);
        if (w >= floor) {
          assertEquals(w, v, 1e-12);
        } else {
          assertTrue(v < floor, w + " " + v + " " + floor);
          cut += v != w ? 1 : 0;
        }
      }
    }
    assertTrue(cut > 1000, "the floor cut comparisons short " + cut + " times");
  }

  @Test
  void aRuleOverTheLimitIsNamedWithItsCount() {
    List<List<CasualtyRecord>> lists = twoLists(5);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    UserError e = assertThrows(UserError.class, () -> job.checkPairLimit(10));
    assertTrue(e.getMessage().startsWith("blocking rule ar_full produces "), e.getMessage());
    assertEquals(ErrorCode.TOO_MANY_PAIRS, ((SijilException) e).code(), e.getMessage());
    assertFalse(
        e.getMessage().contains("--"), "no command-line flag below the edges: " + e.getMessage());
  }

  @Test
  void fieldsTheDataLacksAreDroppedFromTheSpecInEffect() {
    List<List<CasualtyRecord>> lists = twoLists(6);
    Linker job = Linker.link(SPEC, lists.get(0), lists.get(1), 2);
    assertTrue(job.spec().comparisons().stream().noneMatch(c -> c.field().equals("place")));
    assertTrue(job.spec().comparisons().stream().anyMatch(c -> c.field().equals("dob")));
  }

  @Test
  void dedupeGroupsCopiesIntoPersons() {
    Random rnd = new Random(9);
    List<Synthetic.Person> persons = Synthetic.persons(500, rnd);
    List<CasualtyRecord> records = new ArrayList<>();
    for (Synthetic.Person p : persons) {
      int copies = 1 + rnd.nextInt(3);
      for (int c = 0; c < copies; c++) {
        records.add(Synthetic.record(p, records.size() + 1, rnd, c > 0 && rnd.nextBoolean()));
      }
    }
    Linker job = Linker.dedupe(SPEC, records, 2);
    LinkageModel model = job.train();
    int[] cluster = job.cluster(model, job.score(model, 0.01), 0.5, Decisions.none());
    String[] truth = records.stream().map(CasualtyRecord::id).toArray(String[]::new);
    Evaluation e = Evaluation.ofClusters(cluster, truth);
    assertTrue(e.f1() > 0.9, e.asMap().toString());
    // Labels are the smallest record index of each cluster.
    for (int i = 0; i < cluster.length; i++) {
      assertTrue(cluster[i] <= i && cluster[cluster[i]] == cluster[i]);
    }
  }
}
