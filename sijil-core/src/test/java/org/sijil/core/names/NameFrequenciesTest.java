package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFrequenciesTest {

  @Test
  void countsNormalizedTokensOfBothScripts() {
    NameFrequencies f =
        NameFrequencies.of(
            Arrays.asList("محمد أحمد", "محمد عبد الرحمن", null, " ", "Mohammed Ali"));
    assertEquals(2, f.count("محمد"));
    assertEquals(1, f.count("أحمد"));
    assertEquals(1, f.count("عبد الرحمن"));
    assertEquals(1, f.count("Muhammad"));
    assertEquals(6, f.total());
    assertEquals(2.0 / 6, f.frequency("محمد"), 1e-12);
    assertEquals(0.0, f.frequency("خالد"));
    assertEquals("محمد", f.top(1).get(0).getKey());
    assertEquals(Set.of("محمد"), f.tokensSeenAtLeast(2));
    assertEquals(0, f.count(null));
  }

  @Test
  void emptyTable() {
    NameFrequencies f = NameFrequencies.of(List.of());
    assertEquals(0.0, f.frequency("محمد"));
    assertEquals(0, f.distinct());
  }
}
