package org.sijil.core.names;

import static org.sijil.core.names.ArabicLetters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic Arabic to Latin transliteration of names, for display and cross-script comparison.
 * Tokens with certain extraction damage are written as repaired ({@link Repairs}). Each token of
 * the parsed chain is written by, in order: a table of common names and name parts (written for
 * this project, in the common Levantine romanization); compound rules ({@code عبد}X as "Abd al-X",
 * {@code ابو}X as "Abu X", X{@code الله} as "Xallah", X{@code الدين} as "X al-Din", the article as
 * "al-"); otherwise letter by letter, with {@code ا و ي} as long vowels (w/y before a vowel or at
 * the start), final {@code ه} as "a", and "a" supplied where two consonants would otherwise meet at
 * the start or end of a word. Same input, same output; no randomness, no locale.
 */
public final class Transliterator {

  private static final Map<String, String> COMMON = commonNames();

  private Transliterator() {}

  /** The common names of the built-in table (normalized Arabic): known distinct names. */
  static java.util.Set<String> commonNameSet() {
    return COMMON.keySet();
  }

  /** The Latin spelling of an Arabic name, words capitalized; "" for a blank name. */
  public static String toLatin(String arabic) {
    NameChain chain = NameParser.parse(arabic);
    List<String> words = new ArrayList<>(chain.size());
    List<String> texts = new ArrayList<>(chain.size());
    for (NameToken t : chain.tokens()) {
      texts.add(t.text());
    }
    Repairs.LamAlef mode = Repairs.lamAlefMode(texts);
    for (String text : texts) {
      // A certain repair is what the name says: transliterate بلال, not the damaged بالل.
      for (Reading r : Repairs.alternates(text, mode)) {
        if (r.confidence() == 1.0) {
          text = r.text();
          break;
        }
      }
      String w = token(text);
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /** Transliteration of one normalized token (compounds already joined). */
  static String token(String t) {
    String common = COMMON.get(t);
    if (common != null) {
      return common;
    }
    if (t.contains("هللا")) {
      return token(t.replace("هللا", "الله"));
    }
    if (t.length() > 4 && t.endsWith("الله")) {
      return capitalize(lower(token(t.substring(0, t.length() - 4))) + "allah");
    }
    if (t.length() > 5 && t.endsWith("الدين")) {
      return token(t.substring(0, t.length() - 5)) + " al-Din";
    }
    if (t.length() > 3 && t.startsWith("عبد")) {
      String rest = t.substring(3);
      if (rest.startsWith("ال") && rest.length() > 3) {
        return "Abd al-" + token(rest.substring(2));
      }
      return "Abd " + token(rest);
    }
    if (t.length() > 3 && t.startsWith("ابو")) {
      return "Abu " + token(t.substring(3));
    }
    if (t.length() > 3 && t.startsWith("ال")) {
      return "al-" + token(t.substring(2));
    }
    return capitalize(letters(t));
  }

  private static String letters(String t) {
    StringBuilder sb = new StringBuilder(t.length() * 2);
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char next = i + 1 < n ? t.charAt(i + 1) : 0;
      boolean nextIsVowelLetter = next == ALEF || next == WAW || next == YEH;
      switch (c) {
        case ALEF ->
            sb.append(i > 0 && sb.length() > 0 && sb.charAt(sb.length() - 1) == 'a' ? "" : "a");
        case WAW -> sb.append(i == 0 || next == ALEF ? "w" : "u");
        case YEH -> sb.append(i == 0 || next == ALEF || next == WAW ? "y" : "i");
        case HEH -> sb.append(i == n - 1 && n >= 3 ? (endsWithVowel(sb) ? "h" : "a") : "h");
        case AIN -> sb.append(nextIsVowelLetter || endsWithVowel(sb) ? "" : "a");
        case HAMZA -> sb.append(endsWithVowel(sb) || i == n - 1 ? "" : "'");
        default -> {
          String consonant = consonant(c);
          sb.append(consonant);
          // Supply a short vowel between consonants at the start or before the last letter.
          boolean consonantNext =
              next != 0
                  && !nextIsVowelLetter
                  && next != AIN
                  && next != HAMZA
                  && !(next == HEH && i + 1 == n - 1);
          if (!consonant.isEmpty() && consonantNext && (i == 0 || i + 1 == n - 1)) {
            sb.append('a');
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean endsWithVowel(StringBuilder sb) {
    return sb.length() > 0 && "aiu".indexOf(sb.charAt(sb.length() - 1)) >= 0;
  }

  private static String consonant(char c) {
    return switch (c) {
      case BEH -> "b";
      case TEH, TAH -> "t";
      case THEH -> "th";
      case JEEM -> "j";
      case HAH -> "h";
      case KHAH -> "kh";
      case DAL, DAD -> "d";
      case THAL -> "dh";
      case REH -> "r";
      case ZAIN, ZAH -> "z";
      case SEEN, SAD -> "s";
      case SHEEN -> "sh";
      case GHAIN -> "gh";
      case FEH -> "f";
      case QAF -> "q";
      case KAF -> "k";
      case LAM -> "l";
      case MEEM -> "m";
      case NOON -> "n";
      default -> c < 128 && Character.isLetter(c) ? String.valueOf(c) : "";
    };
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, String> commonNames() {
    String[] pairs = {
      "محمد",
      "Muhammad",
      "احمد",
      "Ahmad",
      "محمود",
      "Mahmoud",
      "مصطفي",
      "Mustafa",
      "علي",
      "Ali",
      "عمر",
      "Omar",
      "يوسف",
      "Yousef",
      "ابراهيم",
      "Ibrahim",
      "اسماعيل",
      "Ismail",
      "خالد",
      "Khaled",
      "حسن",
      "Hassan",
      "حسين",
      "Hussein",
      "سعيد",
      "Saeed",
      "سليمان",
      "Suleiman",
      "عيسي",
      "Issa",
      "موسي",
      "Mousa",
      "يحيي",
      "Yahya",
      "زكريا",
      "Zakaria",
      "فاطمه",
      "Fatima",
      "مريم",
      "Maryam",
      "عايشه",
      "Aisha",
      "خديجه",
      "Khadija",
      "زينب",
      "Zainab",
      "اسماء",
      "Asmaa",
      "الاء",
      "Alaa",
      "علاء",
      "Alaa",
      "اسراء",
      "Israa",
      "دعاء",
      "Duaa",
      "ولاء",
      "Walaa",
      "هبه",
      "Heba",
      "نور",
      "Nour",
      "سلمي",
      "Salma",
      "امل",
      "Amal",
      "اماني",
      "Amani",
      "ساره",
      "Sara",
      "رنا",
      "Rana",
      "لينا",
      "Lina",
      "ليان",
      "Layan",
      "جنا",
      "Jana",
      "شهد",
      "Shahd",
      "رهف",
      "Rahaf",
      "ريم",
      "Reem",
      "سميره",
      "Samira",
      "وفاء",
      "Wafaa",
      "سعاد",
      "Suad",
      "هاني",
      "Hani",
      "رايد",
      "Raed",
      "زياد",
      "Ziad",
      "سامي",
      "Sami",
      "وسام",
      "Wissam",
      "صالح",
      "Saleh",
      "صلاح",
      "Salah",
      "سالم",
      "Salem",
      "سلامه",
      "Salama",
      "جمال",
      "Jamal",
      "كمال",
      "Kamal",
      "بلال",
      "Bilal",
      "طلال",
      "Talal",
      "جلال",
      "Jalal",
      "هلال",
      "Hilal",
      "اسامه",
      "Osama",
      "انس",
      "Anas",
      "ادم",
      "Adam",
      "امير",
      "Amir",
      "كريم",
      "Karim",
      "ماجد",
      "Majed",
      "منير",
      "Munir",
      "زهير",
      "Zuhair",
      "نبيل",
      "Nabil",
      "وليد",
      "Walid",
      "خليل",
      "Khalil",
      "جميل",
      "Jamil",
      "عماد",
      "Imad",
      "اياد",
      "Iyad",
      "فادي",
      "Fadi",
      "رامي",
      "Rami",
      "عدنان",
      "Adnan",
      "حمزه",
      "Hamza",
      "طه",
      "Taha",
      "ياسر",
      "Yasser",
      "عاطف",
      "Atef",
      "فتحي",
      "Fathi",
      "لطفي",
      "Lutfi",
      "شحده",
      "Shehada",
      "جوده",
      "Jouda",
      "نصر",
      "Nasr",
      "جاد",
      "Jad",
      "عطا",
      "Atta",
      "ضيف",
      "Deif",
      "فتح",
      "Fath",
      "الله",
      "Allah",
      "رحمن",
      "Rahman",
      "عزيز",
      "Aziz",
      "رازق",
      "Raziq",
      "قادر",
      "Qader",
      "فتاح",
      "Fattah",
      "ناصر",
      "Nasser",
      "سلام",
      "Salam",
      "حميد",
      "Hamid",
      "مجيد",
      "Majid",
      "هادي",
      "Hadi",
      "لطيف",
      "Latif",
      "حكيم",
      "Hakim",
      "حليم",
      "Halim",
      "رحيم",
      "Rahim",
      "عبدالله",
      "Abdallah",
      "نور",
      "Nour",
      "نورالدين",
      "Nour al-Din",
      "رزق",
      "Rizq",
      "عوض",
      "Awad",
      "عادل",
      "Adel",
      "عمار",
      "Ammar",
      "غسان",
      "Ghassan",
      "هيثم",
      "Haitham",
      "ايمن",
      "Ayman",
      "ايمان",
      "Iman",
      "منال",
      "Manal",
      "نسرين",
      "Nisreen",
      "سهير",
      "Suhair",
      "ناديه",
      "Nadia",
      "حنان",
      "Hanan",
      "رياض",
      "Riyad",
      "شادي",
      "Shadi",
      "معاذ",
      "Muath",
      "مؤمن",
      "Moamen",
      "مومن",
      "Moamen",
      "نايف",
      "Nayef",
      "جهاد",
      "Jihad",
      "عبير",
      "Abeer",
      "رغد",
      "Raghad",
      "تالا",
      "Tala",
      "لين",
      "Leen",
      "مالك",
      "Malek",
      "حلا",
      "Hala",
      "عبد",
      "Abd",
      "نادر",
      "Nader",
      "سمير",
      "Samir",
      "وايل",
      "Wael",
      "تامر",
      "Tamer",
    };
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(m);
  }
}
