package org.sijil.core.linkage.spec;

import java.util.List;

/** The spec used when none is given: casualty lists on the canonical fields of an import. */
public final class DefaultSpecs {

  private DefaultSpecs() {}

  /**
   * Names are the main evidence; dates and age confirm or contradict them. The four Arabic-chain
   * rules each drop one of given/father/grandfather/family, so one misspelled element of a chain
   * still meets its match; the Latin and birth-date rules find pairs whose Arabic names differ, and
   * give EM pairs in which the Arabic name comparison can be estimated; birth and death dates
   * together give pairs in which both names can be (no name is blocked on there). The {@code x_}
   * rules block on the name in either script ({@code name}, see {@code cross_script_name}): they
   * find an Arabic-only record's pairs among Latin-only records, and produce nothing when a job has
   * no such pair.
   */
  public static LinkageSpec casualtyLists() {
    LevelSpec nul = LevelSpec.nullLevel();
    LevelSpec exact = LevelSpec.exact();
    LevelSpec orElse = LevelSpec.orElse();
    List<ComparisonSpec> comparisons =
        List.of(
            new ComparisonSpec(
                "name_ar",
                "arabic_name",
                "name_ar",
                "weakest_token_jaro_winkler",
                true,
                names(nul, exact, orElse)),
            new ComparisonSpec(
                "name_en",
                "latin_name",
                "name_en",
                "romanized_weakest_token",
                true,
                names(nul, exact, orElse)),
            new ComparisonSpec(
                "name_cross",
                "cross_script_name",
                "name",
                "weakest_token_jaro_winkler",
                true,
                crossScript(nul, exact, orElse)),
            new ComparisonSpec(
                "dob",
                "date",
                "dob",
                null,
                false,
                List.of(
                    nul,
                    exact,
                    LevelSpec.of("transposed_day_month"),
                    LevelSpec.of("january_first"),
                    LevelSpec.of("year_off_by_one"),
                    LevelSpec.within("within_31_days", 31),
                    LevelSpec.within("within_2_years", 731),
                    orElse)),
            new ComparisonSpec(
                "age",
                "age",
                "age",
                null,
                false,
                List.of(
                    nul,
                    exact,
                    LevelSpec.within("within_1_year", 1),
                    LevelSpec.within("within_3_years", 3),
                    orElse)),
            new ComparisonSpec("sex", "category", "sex", null, false, List.of(nul, exact, orElse)),
            new ComparisonSpec(
                "place",
                "text",
                "place",
                "jaro_winkler",
                false,
                List.of(nul, exact, new LevelSpec("jw>=0.9", "similarity", 0.9, null), orElse)),
            new ComparisonSpec(
                "dod",
                "date",
                "dod",
                null,
                false,
                List.of(
                    nul,
                    exact,
                    LevelSpec.within("within_3_days", 3),
                    LevelSpec.within("within_31_days", 31),
                    orElse)),
            new ComparisonSpec("id", "category", "id", null, false, List.of(nul, exact, orElse)));
    List<BlockingRuleSpec> blocking =
        List.of(
            new BlockingRuleSpec("ar_full", List.of("name_ar.full")),
            new BlockingRuleSpec(
                "ar_given_father_family",
                List.of("name_ar.given", "name_ar.father", "name_ar.family")),
            new BlockingRuleSpec(
                "ar_given_father_grandfather",
                List.of("name_ar.given", "name_ar.father", "name_ar.grandfather")),
            new BlockingRuleSpec(
                "ar_father_grandfather_family",
                List.of("name_ar.father", "name_ar.grandfather", "name_ar.family")),
            new BlockingRuleSpec(
                "ar_given_grandfather_family",
                List.of("name_ar.given", "name_ar.grandfather", "name_ar.family")),
            new BlockingRuleSpec(
                "ar_given3_father_family",
                List.of("name_ar.given3", "name_ar.father", "name_ar.family")),
            new BlockingRuleSpec(
                "en_given_family_age", List.of("name_en.given", "name_en.family", "age")),
            new BlockingRuleSpec("en_full", List.of("name_en.full")),
            new BlockingRuleSpec(
                "en_given_father_family",
                List.of("name_en.given", "name_en.father", "name_en.family")),
            new BlockingRuleSpec(
                "en_given_father_grandfather",
                List.of("name_en.given", "name_en.father", "name_en.grandfather")),
            new BlockingRuleSpec(
                "en_father_grandfather_family",
                List.of("name_en.father", "name_en.grandfather", "name_en.family")),
            new BlockingRuleSpec(
                "en_given_grandfather_family",
                List.of("name_en.given", "name_en.grandfather", "name_en.family")),
            new BlockingRuleSpec("x_full", List.of("name.full")),
            new BlockingRuleSpec(
                "x_given_father_family", List.of("name.given", "name.father", "name.family")),
            new BlockingRuleSpec(
                "x_given_father_grandfather",
                List.of("name.given", "name.father", "name.grandfather")),
            new BlockingRuleSpec(
                "x_father_grandfather_family",
                List.of("name.father", "name.grandfather", "name.family")),
            new BlockingRuleSpec(
                "x_given_grandfather_family",
                List.of("name.given", "name.grandfather", "name.family")),
            new BlockingRuleSpec("x_given_family_age", List.of("name.given", "name.family", "age")),
            new BlockingRuleSpec("dob_ar_given", List.of("dob", "name_ar.given")),
            new BlockingRuleSpec("dob_dod", List.of("dob", "dod")));
    // EM learns m on the specific rules only (see TrainingSpec#emRules); the others add recall.
    TrainingSpec training =
        TrainingSpec.defaults()
            .withEmRules(
                List.of("ar_full", "en_given_family_age", "x_full", "dob_ar_given", "dob_dod"));
    return new LinkageSpec("casualty-lists", comparisons, blocking, training);
  }

  /**
   * Levels of a name compared across scripts, word by word in one spelling for both: a word spelled
   * alike in both ({@code exact}, {@code jw>=0.95}), a word whose consonants agree but not its
   * vowels ({@code Jumaa} / جمعه written {@code Jumah}: at least 0.92), a near spelling, and else.
   */
  private static List<LevelSpec> crossScript(LevelSpec nul, LevelSpec exact, LevelSpec orElse) {
    return List.of(
        nul,
        exact,
        new LevelSpec("jw>=0.95", "similarity", 0.95, null),
        new LevelSpec("jw>=0.9", "similarity", 0.9, null),
        new LevelSpec("jw>=0.8", "similarity", 0.8, null),
        orElse);
  }

  /**
   * Levels of a name chain compared token by token (the weakest token decides): a letter dropped or
   * changed by extraction keeps a token above 0.88; a different short name of a relative (محمد /
   * احمد) falls near 0.83, (محمد / محمود) near 0.95, which the dates and the age then have to tell
   * apart.
   */
  private static List<LevelSpec> names(LevelSpec nul, LevelSpec exact, LevelSpec orElse) {
    return List.of(
        nul,
        exact,
        new LevelSpec("jw>=0.95", "similarity", 0.95, null),
        new LevelSpec("jw>=0.88", "similarity", 0.88, null),
        new LevelSpec("jw>=0.8", "similarity", 0.8, null),
        orElse);
  }
}
