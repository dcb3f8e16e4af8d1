package org.sijil.synth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes name elements in Latin letters in two schemes real lists use: the data-project scheme
 * ({@code Muhammad}, {@code Abdalrahamun}, {@code al-Masri}: the most common romanization of each
 * element in the Ministry of Health lists, bundled as counts) and a press scheme derived from it by
 * a small variant layer ({@code Mohammed}, {@code Abdel Rahman}, {@code Al-Masri}). Elements the
 * table lacks fall back to a rule-based letter transliteration. Not thread-safe (it caches).
 */
final class Romanizer {

  private static final Map<String, String> PRESS_SPELLINGS =
      Map.ofEntries(
          Map.entry("Muhammad", "Mohammed"),
          Map.entry("Mohammad", "Mohammed"),
          Map.entry("Ahmed", "Ahmad"),
          Map.entry("Yousef", "Youssef"),
          Map.entry("Mustafa", "Moustafa"),
          Map.entry("Hussein", "Hussain"),
          Map.entry("Abdullah", "Abdallah"),
          Map.entry("Omar", "Umar"),
          Map.entry("Fatima", "Fatma"),
          Map.entry("Aisha", "Aysha"));

  private final Map<String, String> latinByKey;
  // name elements come from a vocabulary of a few thousand: romanize each once per generator
  private final Map<ArabicForms.Unit, String> dataCache = new HashMap<>();
  private final Map<ArabicForms.Unit, String> pressCache = new HashMap<>();

  Romanizer(NameStatistics names) {
    this.latinByKey = names.latinByKey;
  }

  String data(ArabicForms.Unit unit) {
    return dataCache.computeIfAbsent(unit, this::dataScheme);
  }

  String press(ArabicForms.Unit unit) {
    return pressCache.computeIfAbsent(unit, this::pressScheme);
  }

  String dataScheme(ArabicForms.Unit unit) {
    if (!unit.isCompound()) {
      return lookup(unit.word());
    }
    String joined = latinByKey.get(ArabicForms.key(unit.prefix() + unit.word()));
    if (joined != null && joined.length() > 4) {
      return joined;
    }
    String part = lookup(unit.word());
    if (ArabicForms.ABD.equals(unit.prefix())) {
      return "Abd" + (part.startsWith("al-") ? "al-" + lower(part.substring(3)) : lower(part));
    }
    return "Abu-" + lower(part.startsWith("al-") ? part.substring(3) : part);
  }

  String pressScheme(ArabicForms.Unit unit) {
    String data = dataScheme(unit);
    String exact = PRESS_SPELLINGS.get(data);
    if (exact != null) {
      return exact;
    }
    if (unit.isCompound()) {
      String rest = stripCompoundPrefix(data, ArabicForms.ABD.equals(unit.prefix()));
      if (rest.length() >= 2) {
        return (ArabicForms.ABD.equals(unit.prefix()) ? "Abdel " : "Abu ") + capital(rest);
      }
    }
    String s = data;
    if (s.startsWith("al-")) {
      s = "Al-" + s.substring(3);
    }
    s = s.replace("ee", "i").replace("oo", "ou");
    if (s.endsWith("em") && s.length() > 4) {
      s = s.substring(0, s.length() - 2) + "im";
    } else if (s.endsWith("ah") && s.length() > 4) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String stripCompoundPrefix(String latin, boolean abd) {
    String lower = latin.toLowerCase(Locale.ROOT);
    String[] prefixes =
        abd
            ? new String[] {
              "abd-al-", "abdal-", "abdul-", "abdel-", "abd-", "abdal", "abdul", "abdel", "abd"
            }
            : new String[] {"abu-", "abo-", "abu", "abo"};
    for (String p : prefixes) {
      if (lower.startsWith(p)) {
        return lower.substring(p.length());
      }
    }
    return lower;
  }

  private String lookup(String word) {
    String latin = latinByKey.get(ArabicForms.key(word));
    return latin != null ? latin : transliterate(word);
  }

  /** Letter-by-letter fallback for words the table lacks: consonants, long vowels, an article. */
  static String transliterate(String word) {
    StringBuilder sb = new StringBuilder();
    String w = word;
    boolean article = w.startsWith("ال") && w.length() > 3;
    if (article) {
      w = w.substring(2);
    }
    boolean lastWasConsonant = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      String v = vowel(c, i == 0, i == w.length() - 1);
      if (v != null) {
        sb.append(v);
        lastWasConsonant = false;
        continue;
      }
      String cons = consonant(c);
      if (cons.isEmpty()) {
        continue;
      }
      if (lastWasConsonant) {
        sb.append('a');
      }
      sb.append(cons);
      lastWasConsonant = true;
    }
    String latin = capital(sb.toString());
    return article ? "al-" + latin : latin;
  }

  private static String vowel(char c, boolean first, boolean last) {
    return switch (c) {
      case 'ا', 'أ', 'آ', 'ى' -> "a";
      case 'إ' -> "i";
      case 'ة' -> "ah";
      case 'و' -> first ? null : "ou";
      case 'ي' -> first ? null : last ? "i" : "ee";
      default -> null;
    };
  }

  private static String consonant(char c) {
    return switch (c) {
      case 'ب' -> "b";
      case 'ت' -> "t";
      case 'ث' -> "th";
      case 'ج' -> "j";
      case 'ح', 'ه' -> "h";
      case 'خ' -> "kh";
      case 'د', 'ض' -> "d";
      case 'ذ' -> "th";
      case 'ر' -> "r";
      case 'ز', 'ظ' -> "z";
      case 'س', 'ص' -> "s";
      case 'ش' -> "sh";
      case 'ط' -> "t";
      case 'ع' -> "a";
      case 'غ' -> "gh";
      case 'ف' -> "f";
      case 'ق' -> "q";
      case 'ك' -> "k";
      case 'ل' -> "l";
      case 'م' -> "m";
      case 'ن' -> "n";
      case 'و' -> "w";
      case 'ي' -> "y";
      default -> "";
    };
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static String capital(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
