package org.sijil.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.ReviewItem;

/**
 * A link's waterfall said in plain words ("names agree; born the same day; same age"), for readers
 * who do not know the model's level names.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a comparison is named by what it compares: names in Arabic, names in Latin letters, names
 *       across scripts, date of birth, date of death, age, sex, place and identity number; others
 *       (the prior) are not said;
 *   <li>a level is said by its kind: {@code exact} agrees, a similarity level ({@code jw>=…}) is
 *       "spelled almost alike", {@code within_N_days}/{@code within_N_years} is "within N days/
 *       years", the three date typos each have their phrase, {@code else} disagrees;
 *   <li>{@code null} (a side has no value) says nothing: missing data is not evidence; nor does a
 *       level of a kind not listed here, rather than guess at it;
 *   <li>a phrase already said (two name comparisons that both agree) is said once.
 * </ul>
 */
final class LinkWords {

  private static final Pattern WITHIN = Pattern.compile("within_(\\d+)_(day|year)s?");

  /** Probabilities at and above which the verdict says "almost certainly", "very likely"... */
  static final double ALMOST_CERTAIN = 0.99;

  static final double VERY_LIKELY = 0.9;
  static final double LIKELY = 0.5;

  private LinkWords() {}

  /** The link's evidence in words, phrases joined by the language's semicolon. */
  static String sentence(Lang lang, Link l) {
    List<String> phrases = new ArrayList<>();
    for (ExplanationTerm t : l.explanation()) {
      String phrase = phrase(lang, t.comparison(), t.level());
      if (phrase != null && !phrases.contains(phrase)) {
        phrases.add(phrase);
      }
    }
    if (phrases.isEmpty()) {
      return lang.t("linkwords.nothing");
    }
    String joined = String.join(lang == Lang.AR ? "؛ " : "; ", phrases);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /** "The model finds these records almost certainly one person" (and any analyst decision). */
  static String verdict(Lang lang, Link l) {
    double p = l.probability();
    String key =
        p >= ALMOST_CERTAIN
            ? "linkwords.almostCertain"
            : p >= VERY_LIKELY
                ? "linkwords.veryLikely"
                : p >= LIKELY ? "linkwords.likely" : "linkwords.possibly";
    String v = lang.t(key);
    if (ReviewItem.settles(l.decision())) {
      v +=
          " "
              + lang.t(
                  "match".equals(l.decision())
                      ? "linkwords.analystSame"
                      : "linkwords.analystDifferent");
    }
    return v;
  }

  /** The phrase for one comparison at one level; null when nothing is to be said. */
  static String phrase(Lang lang, String comparison, String level) {
    String subject = subject(comparison);
    String kind = kind(level);
    if (subject == null || kind == null) {
      return null;
    }
    String text = lang.t("linkwords." + subject + "." + kind);
    if (text.startsWith("linkwords.")) {
      // No phrase for this combination (e.g. "sex spelled alike"): say agree or differ.
      text = lang.t("linkwords." + subject + (kind.equals("else") ? ".else" : ".exact"));
    }
    Matcher m = WITHIN.matcher(level);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      text = text.replace("{n}", Plurals.count(lang, n, m.group(2) + "s"));
    }
    return text;
  }

  private static String subject(String comparison) {
    String c = comparison.toLowerCase(Locale.ROOT);
    return switch (c) {
      case "name_ar" -> "namear";
      case "name_en" -> "nameen";
      case "name_cross", "name", "name_chain" -> "name";
      case "dob", "dod", "age", "sex", "place", "id" -> c;
      default -> null;
    };
  }

  private static String kind(String level) {
    String l = level.toLowerCase(Locale.ROOT);
    if (l.equals("null")) {
      return null;
    }
    if (l.equals("exact")) {
      return "exact";
    }
    if (l.startsWith("jw") || l.startsWith("similar")) {
      return "close";
    }
    if (WITHIN.matcher(l).matches()) {
      return "within";
    }
    return switch (l) {
      case "transposed_day_month" -> "transposed";
      case "january_first" -> "january";
      case "year_off_by_one" -> "year";
      case "else" -> "else";
      default -> null;
    };
  }
}
