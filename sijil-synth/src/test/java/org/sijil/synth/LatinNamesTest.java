package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.LatinWords;

/**
 * The name columns' {@link LatinWords} gives {@link LatinNormalizer#tokens} on the Latin names the
 * synthetic lists write, with their spelling damage: the names the linkage benchmarks read, a fifth
 * of them with a word the joining rules act on.
 */
class LatinNamesTest {

  @Test
  void rememberedWordsGiveTheWholeRulesTokensOnSyntheticNames() {
    LatinWords words = new LatinWords();
    int joined = 0;
    int names = 0;
    for (SynthRecord r : new SyntheticLists(SynthConfig.of(60_000, 3, 7))) {
      String name = r.nameEn();
      if (name.isEmpty()) {
        continue;
      }
      List<String> expected = LatinNormalizer.tokens(name);
      assertEquals(expected, words.tokens(name), name);
      names++;
      joined += expected.size() < name.trim().split("[ -]+").length ? 1 : 0;
    }
    assertTrue(names > 30_000, "names: " + names);
    assertTrue(joined > names / 20, "names whose words were joined: " + joined + " of " + names);
  }
}
