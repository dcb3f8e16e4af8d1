package org.sijil.core.linkage.spec;

import java.util.List;

/** The spec used when none is given: casualty lists on the canonical fields of an import. */
public final class DefaultSpecs {

  private DefaultSpecs() {}

  /**
   * Names are the main evidence; dates and age confirm or contradict them. The four Arabic-chain
   * rules each drop one of given/father/grandfather/family, so one misspelled element of a chain
   * still meets its match; the Latin and birth-date rules find pairs whose Arabic names differ, and
   * give EM pairs in which the Arabic name comparison can be estimated.
   */
  public static LinkageSpec casualtyLists() {
    LevelSpec nul = LevelSpec.nullLevel();
    LevelSpec exact = LevelSpec.exact();
    LevelSpec orElse = LevelSpec.orElse();
    List<ComparisonSpec> comparisons = List.of(
        new ComparisonSpec("name_ar", "arabic_name", "name_ar", "token_jaro_winkler", true, List.of(
            nul, exact,
            new LevelSpec("jw>=0.97", "similarity", 0.97, null),
            new LevelSpec("jw>=0.92", "similarity", 0.92, null),
            new LevelSpec("jw>=0.85", "similarity", 0.85, null),
            orElse)),
        new ComparisonSpec("given_ar", "arabic_name", "name_ar.given", "jaro_winkler", true, List.of(
            nul, exact,
            new LevelSpec("jw>=0.9", "similarity", 0.9, null),
            orElse)),
        new ComparisonSpec("family_ar", "arabic_name", "name_ar.family", "jaro_winkler", true, List.of(
            nul, exact,
            new LevelSpec("jw>=0.9", "similarity", 0.9, null),
            orElse)),
        new ComparisonSpec("name_en", "latin_name", "name_en", "token_jaro_winkler", true, List.of(
            nul, exact,
            new LevelSpec("jw>=0.95", "similarity", 0.95, null),
            new LevelSpec("jw>=0.88", "similarity", 0.88, null),
            orElse)),
        new ComparisonSpec("dob", "date", "dob", null, false, List.of(
            nul, exact,
            LevelSpec.of("transposed_day_month"),
            LevelSpec.of("january_first"),
            LevelSpec.of("year_off_by_one"),
            LevelSpec.within("within_31_days", 31),
            LevelSpec.within("within_2_years", 731),
            orElse)),
        new ComparisonSpec("age", "age", "age", null, false, List.of(
            nul, exact,
            LevelSpec.within("within_1_year", 1),
            LevelSpec.within("within_3_years", 3),
            orElse)),
        new ComparisonSpec("sex", "category", "sex", null, false, List.of(nul, exact, orElse)),
        new ComparisonSpec("place", "text", "place", "jaro_winkler", false, List.of(
            nul, exact, new LevelSpec("jw>=0.9", "similarity", 0.9, null), orElse)),
        new ComparisonSpec("dod", "date", "dod", null, false, List.of(
            nul, exact,
            LevelSpec.within("within_3_days", 3),
            LevelSpec.within("within_31_days", 31),
            orElse)),
        new ComparisonSpec("id", "category", "id", null, false, List.of(nul, exact, orElse)));
    List<BlockingRuleSpec> blocking = List.of(
        new BlockingRuleSpec("ar_full", List.of("name_ar.full")),
        new BlockingRuleSpec("ar_given_father_family", List.of("name_ar.given", "name_ar.father", "name_ar.family")),
        new BlockingRuleSpec("ar_given_father_grandfather",
            List.of("name_ar.given", "name_ar.father", "name_ar.grandfather")),
        new BlockingRuleSpec("ar_father_grandfather_family",
            List.of("name_ar.father", "name_ar.grandfather", "name_ar.family")),
        new BlockingRuleSpec("ar_given_grandfather_family",
            List.of("name_ar.given", "name_ar.grandfather", "name_ar.family")),
        new BlockingRuleSpec("ar_given3_father_family", List.of("name_ar.given3", "name_ar.father", "name_ar.family")),
        new BlockingRuleSpec("en_given_family_age", List.of("name_en.given", "name_en.family", "age")),
        new BlockingRuleSpec("dob_ar_given", List.of("dob", "name_ar.given")));
    return new LinkageSpec("casualty-lists", comparisons, blocking, TrainingSpec.defaults());
  }
}
