package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A document's fingerprint is stored in every index and compared at each sync, so it must stay the
 * FNV-1a of its canonical text's UTF-8 bytes, whatever the text holds; and its lists keep their
 * non-blank values once, in first order.
 */
class SearchDocumentTest {

  /** The fingerprint as first defined: the canonical text joined, encoded, then hashed. */
  private static long reference(SearchDocument d) {
    String canonical =
        String.join(
            "\u0001",
            d.id(),
            String.join("\u0002", d.arabicNames()),
            String.join("\u0002", d.latinNames()),
            String.join("\u0002", d.keys()),
            String.valueOf(d.sex()),
            String.valueOf(d.ageYears()),
            String.valueOf(d.dod()),
            String.valueOf(d.place()),
            String.join("\u0002", d.sources()),
            String.join("\u0002", d.releases()),
            String.valueOf(d.status()),
            String.valueOf(d.shown()));
    return referenceHash(canonical);
  }

  private static long referenceHash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Test
  void fingerprintsOfSyntheticPersonsAreTheJoinedTextsHash() {
    List<SearchDocument> docs = SynthPersons.documents(SynthPersons.records(4000, 5));
    for (SearchDocument d : docs) {
      assertEquals(reference(d), d.fingerprint(), d.id());
    }
  }

  @Test
  void anyTextHashesAsItsUtf8Bytes() {
    // Every kind of char: ASCII, two- and three-byte letters, pairs and lone surrogates.
    char[] alphabet = {
      'a', 'Z', '7', ' ', '\u0001', 'é', 'ß', 'ا', 'ﻻ', '€', '\uFFFF', '\uD83D', '\uDE00', '\uDBFF'
    };
    Random random = new Random(19);
    for (int round = 0; round < 20_000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(referenceHash(s), new Fnv1a().add(s).value(), Arrays.toString(text));
    }
  }

  @Test
  void documentsWithEmptyAndOddValuesKeepTheirFingerprint() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("k" + (i % 25));
    }
    SearchDocument d =
        new SearchDocument(
            "P1\uD83D",
            3,
            Arrays.asList("محمد علي", null, " ", "محمد علي", "أحمد"),
            List.of(),
            many,
            null,
            null,
            LocalDate.of(2024, 1, 2),
            null,
            null,
            List.of("a/1", "a/1"),
            "single-source",
            "{}");
    assertEquals(reference(d), d.fingerprint());
    assertEquals(List.of("محمد علي", "أحمد"), d.arabicNames());
    assertEquals(25, d.keys().size());
    assertEquals("k0", d.keys().get(0));
    assertEquals("k24", d.keys().get(24));
    assertEquals(List.of(), d.sources());
    assertEquals(List.of("a/1"), d.releases());
  }
}
