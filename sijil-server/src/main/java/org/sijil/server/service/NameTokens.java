package org.sijil.server.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameToken;
import org.sijil.core.names.Transliterator;

/**
 * Turns names and queries into the search keys of the name engine: Arabic skeletons per token of the
 * parsed name chain (so ى/ي, hamza and ta marbuta variants collide), and Latin phonetic keys per
 * romanized token (so other romanizations collide). Arabic names also get the phonetic keys of their
 * transliteration, so a Latin query finds a person listed only in Arabic.
 */
final class NameTokens {

  private NameTokens() {}

  /** True when the text has any Arabic letter. */
  static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }

  /**
   * Search keys of each distinct token of a query, in order; a token's keys are alternatives. A
   * repeated token ("محمد محمد") counts once, as the index keeps each person's keys as a set.
   */
  static List<Set<String>> queryKeys(String query) {
    List<Set<String>> all = tokenKeys(query);
    return new ArrayList<>(new java.util.LinkedHashSet<>(all));
  }

  private static List<Set<String>> tokenKeys(String query) {
    List<Set<String>> out = new ArrayList<>();
    if (query == null || query.isBlank()) {
      return out;
    }
    if (isArabic(query)) {
      for (NameToken t : NameParser.parse(query).tokens()) {
        Set<String> keys = new LinkedHashSet<>();
        String skeleton = NameKeys.arabicSkeleton(t.text());
        if (!skeleton.isEmpty()) {
          keys.add("a:" + skeleton);
        }
        if (!keys.isEmpty()) {
          out.add(keys);
        }
      }
    } else {
      for (String token : latinTokens(query)) {
        out.add(Set.of("l:" + token));
      }
    }
    return out;
  }

  /** Every key a person's names are found by. */
  static Set<String> nameKeys(String nameAr, String nameEn) {
    Set<String> keys = new LinkedHashSet<>();
    if (nameAr != null && !nameAr.isBlank()) {
      for (NameToken t : NameParser.parse(nameAr).tokens()) {
        String skeleton = NameKeys.arabicSkeleton(t.text());
        if (!skeleton.isEmpty()) {
          keys.add("a:" + skeleton);
        }
      }
      for (String token : latinTokens(Transliterator.toLatin(nameAr))) {
        keys.add("l:" + token);
      }
    }
    if (nameEn != null && !nameEn.isBlank()) {
      for (String token : latinTokens(nameEn)) {
        keys.add("l:" + token);
      }
    }
    return keys;
  }

  private static List<String> latinTokens(String latin) {
    List<String> out = new ArrayList<>();
    String norm = LatinNormalizer.normalize(latin);
    if (norm.isEmpty() || isArabic(norm)) {
      return out;
    }
    for (String part : norm.split(" ")) {
      String key = NameKeys.latinPhonetic(part);
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    return out;
  }
}
