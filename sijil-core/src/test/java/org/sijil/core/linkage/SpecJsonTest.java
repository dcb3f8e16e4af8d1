package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.core.UserError;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LevelSpec;
import org.sijil.core.linkage.spec.LinkageSpec;

class SpecJsonTest {

  @Test
  void defaultSpecRoundTripsIdentically() {
    LinkageSpec spec = DefaultSpecs.casualtyLists();
    String json = LinkageJson.write(spec);
    LinkageSpec back = LinkageJson.readSpec(json, "test");
    assertEquals(spec, back);
    assertEquals(json, LinkageJson.write(back));
  }

  @Test
  void aSpecWrittenBeforeTrainingRulesExistedStillReads() {
    String json =
        LinkageJson.write(DefaultSpecs.casualtyLists())
            .replaceAll(",?\\s*\"emRules\"\\s*:\\s*\\[[^]]*\\]", "");
    LinkageSpec back = LinkageJson.readSpec(json, "old");
    assertEquals(List.of(), back.training().emRules());
    assertEquals(DefaultSpecs.casualtyLists().comparisons(), back.comparisons());
  }

  @Test
  void modelRoundTripsIdentically() {
    LinkageModel m =
        new LinkageModel(
            "s",
            0.001,
            List.of(
                new LinkageModel.FittedComparison(
                    "sex",
                    List.of(
                        new LinkageModel.FittedLevel("null", 1, 1),
                        new LinkageModel.FittedLevel("exact", 0.98, 0.5),
                        new LinkageModel.FittedLevel("else", 0.02, 0.5)),
                    List.of("rule"))),
            Map.of("seed", 42));
    String json = LinkageJson.write(m);
    assertEquals(json, LinkageJson.write(LinkageJson.readModel(json, "test")));
    assertEquals(m.comparisons(), LinkageJson.readModel(json, "test").comparisons());
  }

  @Test
  void badSpecNamesTheProblem() {
    String json =
        LinkageJson.write(DefaultSpecs.casualtyLists()).replace("\"within\"", "\"whithin\"");
    UserError e = assertThrows(UserError.class, () -> LinkageJson.readSpec(json, "my-spec.json"));
    assertTrue(
        e.getMessage().contains("my-spec.json") && e.getMessage().contains("whithin"),
        e.getMessage());
  }

  @Test
  void levelsMustStartWithNullAndEndWithElse() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ComparisonSpec(
                    "x",
                    "text",
                    "place",
                    null,
                    false,
                    List.of(LevelSpec.exact(), LevelSpec.nullLevel(), LevelSpec.orElse())));
    assertTrue(e.getMessage().contains("first level must be the null level"), e.getMessage());
  }

  @Test
  void excludingAFieldDropsItsComparisonsAndRules() {
    LinkageSpec spec = DefaultSpecs.casualtyLists().without(Set.of("ID", "name_en"));
    assertFalse(
        spec.comparisons().stream()
            .anyMatch(c -> c.field().equals("id") || c.field().equals("name_en")));
    assertFalse(spec.blocking().stream().anyMatch(r -> r.usesField("name_en")));
    assertTrue(spec.blocking().stream().anyMatch(r -> r.usesField("name_ar")));
  }
}
