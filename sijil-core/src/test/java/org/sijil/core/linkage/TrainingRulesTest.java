package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;

/** Which rules train which comparisons, and the prior they lead to. */
class TrainingRulesTest {

  static final LinkageSpec SPEC = DefaultSpecs.casualtyLists();

  private static BlockingRuleSpec rule(String name) {
    return SPEC.blocking().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aRuleOnTheArabicNameKeepsBothScriptsOutOfItsEm() {
    assertTrue(Trainer.blocksEvidenceOf(SPEC, rule("ar_full"), "name_ar"));
    assertTrue(Trainer.blocksEvidenceOf(SPEC, rule("ar_full"), "name_en"));
    assertFalse(Trainer.blocksEvidenceOf(SPEC, rule("ar_full"), "dob"));
    assertFalse(Trainer.blocksEvidenceOf(SPEC, rule("ar_full"), "age"));
  }

  @Test
  void aRuleOnTheBirthDateKeepsTheAgeOutAndTheReverse() {
    assertTrue(Trainer.blocksEvidenceOf(SPEC, rule("dob_dod"), "age"));
    assertTrue(Trainer.blocksEvidenceOf(SPEC, rule("en_given_family_age"), "dob"));
    assertFalse(Trainer.blocksEvidenceOf(SPEC, rule("dob_dod"), "name_ar"));
    assertFalse(Trainer.blocksEvidenceOf(SPEC, rule("dob_dod"), "sex"));
  }

  /** Families: siblings share father, grandfather, family name and often the date of death. */
  static List<CasualtyRecord> families(Random rnd, Map<String, Integer> copiesOut) {
    List<Synthetic.Person> persons = Synthetic.persons(1500, rnd);
    List<CasualtyRecord> records = new ArrayList<>();
    for (Synthetic.Person p : persons) {
      int copies = 1 + rnd.nextInt(3);
      copiesOut.put(p.key(), copies);
      for (int c = 0; c < copies; c++) {
        records.add(Synthetic.record(p, records.size() + 1, rnd, c > 0 && rnd.nextBoolean()));
      }
    }
    return records;
  }

  @Test
  void onlyTheListedTrainingRulesRunEmAndThePriorCountsTheMatches() {
    Map<String, Integer> copies = new HashMap<>();
    List<CasualtyRecord> records = families(new Random(21), copies);
    Linker job = Linker.dedupe(SPEC.without(java.util.Set.of("id")), records, 2);
    LinkageModel model = job.train();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) model.training().get("rules");
    for (Map<String, Object> r : rules) {
      boolean listed = SPEC.training().emRules().contains((String) r.get("rule"));
      assertEquals(
          !listed, "not a training rule (training.emRules)".equals(r.get("skipped")), r.toString());
    }
    long truePairs = copies.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    double expected = model.prior() * job.table().allPairs();
    assertTrue(
        expected > 0.7 * truePairs && expected < 1.4 * truePairs,
        "expected matches " + expected + " for " + truePairs + " true pairs");
  }

  /** Like the Ministry lists: no dates, so every training rule blocks on a name. */
  @Test
  void namesNoRuleLeavesIndependentAreEstimatedAgainOnTheCandidatePairs() {
    Map<String, Integer> copies = new HashMap<>();
    LinkageSpec spec = SPEC.without(java.util.Set.of("id", "dob", "dod"));
    Linker job = Linker.dedupe(spec, families(new Random(23), copies), 2);
    LinkageModel model = job.train();
    LinkageModel.FittedComparison name = model.comparison("name_ar");
    assertEquals(List.of("candidate pairs (all rules)"), name.estimatedBy());
    assertTrue(
        name.levels().get(1).m() > 0.5,
        "exact names are the mark of a match: " + name.levels().get(1));
    assertEquals(List.of("ar_full"), model.comparison("age").estimatedBy());
  }

  @Test
  void withoutAnyListedRuleInTheJobEveryRuleTrains() {
    LinkageSpec spec = SPEC.withTraining(SPEC.training().withEmRules(List.of("no_such_rule")));
    Map<String, Integer> copies = new HashMap<>();
    Linker job = Linker.dedupe(spec, families(new Random(22), copies), 2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>) job.train().training().get("rules");
    assertTrue(
        rules.stream()
            .noneMatch(r -> "not a training rule (training.emRules)".equals(r.get("skipped"))));
  }
}
