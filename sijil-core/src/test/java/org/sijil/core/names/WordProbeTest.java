package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A probe over a range of chars equals and hashes as the substring would, and finds it in a map.
 */
class WordProbeTest {

  @Test
  void aRangeIsTheStringOfItsChars() {
    String text = "محمد abd الله x";
    WordProbe probe = new WordProbe();
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        String word = text.substring(from, to);
        probe.at(text, from, to);
        assertEquals(word.hashCode(), probe.hashCode(), word);
        assertTrue(probe.equals(word), word);
        assertEquals(word, probe.word());
        assertFalse(probe.equals(word + "x"), word);
      }
    }
    assertFalse(probe.at(text, 0, 4).equals("محمو"));
  }

  @SuppressWarnings("CollectionIncompatibleType") // the look-up a probe is for
  @Test
  void aMapOfWordsFindsTheStoredString() {
    Map<String, String> words = new ConcurrentHashMap<>();
    String stored = new String("abd");
    words.put(stored, stored);
    WordProbe probe = new WordProbe();
    assertSame(stored, words.get(probe.at("x abd y", 2, 5)));
    assertEquals(null, words.get(probe.at("x abu y", 2, 5)));
  }
}
