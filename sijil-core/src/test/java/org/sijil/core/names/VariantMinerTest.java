package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantMinerTest {

  @Test
  void aSpellingSeenForOneNameBecomesItsVariant() {
    VariantMiner m = new VariantMiner();
    // Two records of a bilingual list write أكرم as "Akarm"; the transliteration reduces to akram.
    m.add("أكرم محمد", "Akarm Mohammed");
    m.add("أكرم سعيد", "Akarm Saeed");
    NameVariants v = m.variants(2);
    String akram = Romanization.arabicToken("اكرم");
    assertEquals(akram, v.canonical(Romanization.latin("Akarm").get(0)));
    assertEquals("zzz", v.canonical("zzz"), "unknown words are their own form");
    assertEquals(2, m.aligned());
  }

  @Test
  void oneVoteIsNotEnoughAndChainsOfOtherLengthsTeachNothing() {
    VariantMiner m = new VariantMiner();
    m.add("أكرم محمد", "Akarm Mohammed");
    m.add("أكرم محمد خليل", "Akarm Mohammed");
    assertEquals(0, m.variants(2).size());
    assertEquals(1, m.aligned());
  }

  @Test
  void aSpellingThatIsAnotherNamesTransliterationIsNeverAVariant() {
    VariantMiner m = new VariantMiner();
    String samir = Romanization.arabicToken("سمير");
    // A (wrong) pair claiming سامر is written like سمير: samir is a name of its own.
    m.add("سامر", "Samir", 5);
    m.add("سمير", "Samir", 1);
    assertEquals(samir, m.variants(1).canonical(samir));
    assertEquals(0, m.variants(1).asMap().size());
  }

  @Test
  void farApartFormsAreMisalignmentsNotSpellings() {
    VariantMiner m = new VariantMiner();
    m.add("عبدالكريم محمد", "Abd Mohammed", 3);
    m.add("عبدالكريم محمد", "Mohammed Abd", 3);
    assertTrue(m.variants(1).size() <= 1, m.variants(1).asMap().toString());
  }

  @Test
  void tableParsesAndRefusesAVariantThatIsACanonicalForm() throws IOException {
    NameVariants v =
        NameVariants.parse(new BufferedReader(new StringReader("# credit\nakarm\takram\n")));
    assertEquals(Map.of("akarm", "akram"), v.asMap());
    assertThrows(
        IllegalArgumentException.class, () -> NameVariants.of(Map.of("a1", "b1", "b1", "c1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> NameVariants.parse(new BufferedReader(new StringReader("novalue\n"))));
  }

  @Test
  void theShippedTableIsOnTheClasspathWithItsCredit() throws IOException {
    assertTrue(
        NameVariants.shipped().size() > 100, "shipped table: " + NameVariants.shipped().size());
    try (var in = NameVariants.class.getResourceAsStream(NameVariants.RESOURCE)) {
      String head = new String(in.readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(head.contains("Tech for Palestine"), head);
    }
    for (Map.Entry<String, String> e : NameVariants.shipped().asMap().entrySet()) {
      assertEquals(e.getValue(), NameVariants.shipped().canonical(e.getValue()));
    }
  }
}
