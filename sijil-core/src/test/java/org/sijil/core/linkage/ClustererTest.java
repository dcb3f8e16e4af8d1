package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

class ClustererTest {

  static LinkageModel model;

  @BeforeAll
  static void train() {
    Random rnd = new Random(11);
    List<CasualtyRecord> records = new ArrayList<>();
    for (Synthetic.Person p : Synthetic.persons(800, rnd)) {
      for (int c = 0; c < 1 + rnd.nextInt(2); c++) {
        records.add(Synthetic.record(p, records.size() + 1, rnd, c > 0));
      }
    }
    model = Linker.dedupe(LinkerTest.SPEC, records, 2).train();
  }

  /**
   * Two different people written with the same name (different birth dates, ages and sex) and a
   * record with that name and nothing else, which matches either: it may join one of them, but must
   * not chain them together.
   */
  static List<CasualtyRecord> strangersAndAWeakLink() {
    String name = "سامي خالد عمر الشوا";
    String en = "Sami Khaled Omar al-Shawa";
    List<CasualtyRecord> r = new ArrayList<>();
    r.add(rec(1, name, en, LocalDate.of(1980, 5, 5), 43, Sex.MALE));
    r.add(rec(2, name, en, null, -1, null));
    r.add(rec(3, name, en, LocalDate.of(1961, 2, 9), 62, Sex.FEMALE));
    Random rnd = new Random(3);
    for (Synthetic.Person p : Synthetic.persons(3000, rnd)) {
      r.add(Synthetic.record(p, r.size() + 1, rnd, false));
    }
    return r;
  }

  static CasualtyRecord rec(long row, String ar, String en, LocalDate dob, int age, Sex sex) {
    return new CasualtyRecord(
        row, null, ar, en, age < 0 ? null : Age.ofYears(age), dob, sex, null, null, null, Map.of());
  }

  @Test
  void aRecordMatchingTwoStrangersDoesNotChainThem() {
    Linker job = Linker.dedupe(LinkerTest.SPEC, strangersAndAWeakLink(), 1);
    ScoredPairs pairs = job.score(model, 0.01);
    assertTrue(
        job.probability(model, 0, 1) > 0.5 && job.probability(model, 1, 2) > 0.5,
        "the weak record matches both on its own");
    assertTrue(job.probability(model, 0, 2) < 0.5);
    int[] cluster = job.cluster(model, pairs, 0.5, Decisions.none());
    assertNotEquals(cluster[0], cluster[2], "strangers chained through one weak record");
  }

  @Test
  void reviewersDecisionsOverrideTheModel() {
    Linker job = Linker.dedupe(LinkerTest.SPEC, strangersAndAWeakLink(), 1);
    ScoredPairs pairs = job.score(model, 0.01);
    int[] plain = job.cluster(model, pairs, 0.5, Decisions.none());
    assertEquals(plain[0], plain[1]);
    int[] split = job.cluster(model, pairs, 0.5, Decisions.none().nonMatch(0, 1));
    assertNotEquals(split[0], split[1]);
    assertEquals(split[1], split[2], "the weak record now joins the other person");
    int[] forced = job.cluster(model, pairs, 0.5, Decisions.none().match(0, 2));
    assertEquals(forced[0], forced[2]);
  }

  @Test
  void oneToOneUsesEachRecordOnce() {
    List<CasualtyRecord> all = strangersAndAWeakLink();
    List<CasualtyRecord> left = List.of(all.get(0), all.get(2));
    List<CasualtyRecord> right = List.of(all.get(1));
    Linker job = Linker.link(LinkerTest.SPEC, left, right, 1);
    LinkageModel m = job.train();
    ScoredPairs pairs = job.score(m, 1e-9);
    int[] chosen = job.oneToOne(pairs, 1e-6, Decisions.none());
    assertEquals(1, chosen.length);
  }
}
